#pragma once

#include "core/model/site.h"

#include <QUndoCommand>

class TopologyDocument;

// Replaces a site's values; a changed id renames every reference to it too.
class EditSiteCommand final : public QUndoCommand
{
public:
    EditSiteCommand(TopologyDocument *document, const Site &before, const Site &after,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TopologyDocument *m_document;
    Site m_before;
    Site m_after;
};
