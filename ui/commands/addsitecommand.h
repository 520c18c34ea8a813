#pragma once

#include "core/model/site.h"

#include <QPointF>
#include <QUndoCommand>
#include <optional>

class TopologyDocument;

// Adds one site (at the end, or at `index` when undoing a removal elsewhere).
class AddSiteCommand final : public QUndoCommand
{
public:
    AddSiteCommand(TopologyDocument *document, const Site &site,
                   const std::optional<QPointF> &position, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TopologyDocument *m_document;
    Site m_site;
    std::optional<QPointF> m_position;
    int m_index;
};
