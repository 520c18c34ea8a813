#include "ui/commands/addlinkcommand.h"

#include "ui/document/topologydocument.h"

#include <QCoreApplication>

AddLinkCommand::AddLinkCommand(TopologyDocument *document, const Link &link, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_link(link),
      m_index(int(document->topology().links.size()))
{
    setText(QCoreApplication::translate("AddLinkCommand", "Add %1").arg(link.id));
}

void AddLinkCommand::redo() { m_document->insertLink(m_index, m_link); }

void AddLinkCommand::undo() { m_document->removeLink(m_link.id); }
