#pragma once

#include "core/model/profile.h"

#include <QUndoCommand>

class TopologyDocument;

// Replaces one profile's values (its id included).
class EditProfileCommand final : public QUndoCommand
{
public:
    EditProfileCommand(TopologyDocument *document, const Profile &before, const Profile &after,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TopologyDocument *m_document;
    Profile m_before;
    Profile m_after;
};
