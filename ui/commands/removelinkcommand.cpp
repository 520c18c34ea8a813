#include "ui/commands/removelinkcommand.h"

#include "ui/document/topologydocument.h"

#include <QCoreApplication>

RemoveLinkCommand::RemoveLinkCommand(TopologyDocument *document, const QString &id,
                                     QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_index(document->linkIndex(id))
{
    Q_ASSERT(m_index >= 0);
    m_link = document->topology().links.at(m_index);
    setText(QCoreApplication::translate("RemoveLinkCommand", "Delete %1").arg(id));
}

void RemoveLinkCommand::redo() { m_document->removeLink(m_link.id); }

void RemoveLinkCommand::undo() { m_document->insertLink(m_index, m_link); }
