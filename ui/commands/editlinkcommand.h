#pragma once

#include "core/model/link.h"

#include <QUndoCommand>

class TopologyDocument;

// Replaces one link's values (its id included).
class EditLinkCommand final : public QUndoCommand
{
public:
    EditLinkCommand(TopologyDocument *document, const Link &before, const Link &after,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TopologyDocument *m_document;
    Link m_before;
    Link m_after;
};
