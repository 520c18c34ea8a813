#include "ui/commands/editsitecommand.h"

#include "ui/document/topologydocument.h"

#include <QCoreApplication>

EditSiteCommand::EditSiteCommand(TopologyDocument *document, const Site &before,
                                 const Site &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("EditSiteCommand", "Edit %1").arg(after.id));
}

void EditSiteCommand::redo()
{
    if (m_before.id != m_after.id)
        m_document->renameSite(m_before.id, m_after.id);
    m_document->replaceSite(m_after.id, m_after);
}

void EditSiteCommand::undo()
{
    Site restored = m_before;
    restored.id = m_after.id;
    m_document->replaceSite(m_after.id, restored);
    if (m_before.id != m_after.id)
        m_document->renameSite(m_after.id, m_before.id);
}
