#include "ui/commands/addprofilecommand.h"

#include "ui/document/topologydocument.h"

#include <QCoreApplication>

AddProfileCommand::AddProfileCommand(TopologyDocument *document, const Profile &profile, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_profile(profile),
      m_index(int(document->topology().profiles.size()))
{
    setText(QCoreApplication::translate("AddProfileCommand", "Add %1").arg(profile.id));
}

void AddProfileCommand::redo() { m_document->insertProfile(m_index, m_profile); }

void AddProfileCommand::undo() { m_document->removeProfile(m_profile.id); }
