#pragma once

#include "core/model/site.h"

#include <QPointF>
#include <QUndoCommand>
#include <optional>

class TopologyDocument;

// Removes a site together with its links and the profiles it hosts (child
// commands), so that undo brings every piece back in its old place.
class RemoveSiteCommand final : public QUndoCommand
{
public:
    RemoveSiteCommand(TopologyDocument *document, const QString &siteId,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TopologyDocument *m_document;
    Site m_site;
    std::optional<QPointF> m_position;
    int m_index;
};
