#include "ui/commands/editpropertiescommand.h"

#include "ui/document/topologydocument.h"

#include <QCoreApplication>

EditPropertiesCommand::EditPropertiesCommand(TopologyDocument *document, const QString &name,
                                             const std::optional<int> &mtu, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_oldName(document->topology().name),
      m_newName(name), m_oldMtu(document->topology().mtu), m_newMtu(mtu)
{
    setText(QCoreApplication::translate("EditPropertiesCommand", "Edit topology properties"));
}

void EditPropertiesCommand::redo() { m_document->setProperties(m_newName, m_newMtu); }

void EditPropertiesCommand::undo() { m_document->setProperties(m_oldName, m_oldMtu); }
