#pragma once

#include "core/model/profile.h"

#include <QUndoCommand>

class TopologyDocument;

// Removes one profile; undo puts it back at its old index.
class RemoveProfileCommand final : public QUndoCommand
{
public:
    RemoveProfileCommand(TopologyDocument *document, const QString &id,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TopologyDocument *m_document;
    Profile m_profile;
    int m_index;
};
