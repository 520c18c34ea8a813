#pragma once

#include "core/model/profile.h"

#include <QUndoCommand>

class TopologyDocument;

// Adds one profile at the end of the list.
class AddProfileCommand final : public QUndoCommand
{
public:
    AddProfileCommand(TopologyDocument *document, const Profile &profile, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TopologyDocument *m_document;
    Profile m_profile;
    int m_index;
};
