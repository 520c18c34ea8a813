#include "ui/commands/removeprofilecommand.h"

#include "ui/document/topologydocument.h"

#include <QCoreApplication>

RemoveProfileCommand::RemoveProfileCommand(TopologyDocument *document, const QString &id,
                                     QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_index(document->profileIndex(id))
{
    Q_ASSERT(m_index >= 0);
    m_profile = document->topology().profiles.at(m_index);
    setText(QCoreApplication::translate("RemoveProfileCommand", "Delete %1").arg(id));
}

void RemoveProfileCommand::redo() { m_document->removeProfile(m_profile.id); }

void RemoveProfileCommand::undo() { m_document->insertProfile(m_index, m_profile); }
