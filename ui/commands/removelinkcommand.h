#pragma once

#include "core/model/link.h"

#include <QUndoCommand>

class TopologyDocument;

// Removes one link; undo puts it back at its old index.
class RemoveLinkCommand final : public QUndoCommand
{
public:
    RemoveLinkCommand(TopologyDocument *document, const QString &id,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TopologyDocument *m_document;
    Link m_link;
    int m_index;
};
