#include "ui/commands/editprofilecommand.h"

#include "ui/document/topologydocument.h"

#include <QCoreApplication>

EditProfileCommand::EditProfileCommand(TopologyDocument *document, const Profile &before,
                                 const Profile &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("EditProfileCommand", "Edit %1").arg(after.id));
}

void EditProfileCommand::redo() { m_document->replaceProfile(m_before.id, m_after); }

void EditProfileCommand::undo() { m_document->replaceProfile(m_after.id, m_before); }
