#pragma once

#include "core/model/link.h"

#include <QUndoCommand>

class TopologyDocument;

// Adds one link at the end of the list.
class AddLinkCommand final : public QUndoCommand
{
public:
    AddLinkCommand(TopologyDocument *document, const Link &link, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TopologyDocument *m_document;
    Link m_link;
    int m_index;
};
