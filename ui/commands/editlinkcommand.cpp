#include "ui/commands/editlinkcommand.h"

#include "ui/document/topologydocument.h"

#include <QCoreApplication>

EditLinkCommand::EditLinkCommand(TopologyDocument *document, const Link &before,
                                 const Link &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("EditLinkCommand", "Edit %1").arg(after.id));
}

void EditLinkCommand::redo() { m_document->replaceLink(m_before.id, m_after); }

void EditLinkCommand::undo() { m_document->replaceLink(m_after.id, m_before); }
