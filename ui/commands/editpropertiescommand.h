#pragma once

#include <QString>
#include <QUndoCommand>
#include <optional>

class TopologyDocument;

// Changes the topology's own name and MTU.
class EditPropertiesCommand final : public QUndoCommand
{
public:
    EditPropertiesCommand(TopologyDocument *document, const QString &name,
                          const std::optional<int> &mtu, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TopologyDocument *m_document;
    QString m_oldName, m_newName;
    std::optional<int> m_oldMtu, m_newMtu;
};
