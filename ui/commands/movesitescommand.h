#pragma once

#include <QMap>
#include <QPointF>
#include <QUndoCommand>
#include <optional>

class TopologyDocument;

// Moves sites (a drag on release, a keyboard nudge, an automatic layout).
// Nudges of the same sites merge into one step.
class MoveSitesCommand final : public QUndoCommand
{
public:
    using Positions = QMap<QString, std::optional<QPointF>>;

    MoveSitesCommand(TopologyDocument *document, Positions before, Positions after,
                     bool mergeable = false, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const Positions &positions);

    TopologyDocument *m_document;
    Positions m_before;
    Positions m_after;
    bool m_mergeable;
};
