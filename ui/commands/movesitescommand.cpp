#include "ui/commands/movesitescommand.h"

#include "ui/commands/commandids.h"
#include "ui/document/topologydocument.h"

#include <QCoreApplication>

MoveSitesCommand::MoveSitesCommand(TopologyDocument *document, Positions before,
                                   Positions after, bool mergeable, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_before(std::move(before)),
      m_after(std::move(after)), m_mergeable(mergeable)
{
    setText(m_after.size() == 1
                ? QCoreApplication::translate("MoveSitesCommand", "Move %1")
                      .arg(m_after.firstKey())
                : QCoreApplication::translate("MoveSitesCommand", "Move %n site(s)", nullptr,
                                              int(m_after.size())));
}

void MoveSitesCommand::redo() { apply(m_after); }

void MoveSitesCommand::undo() { apply(m_before); }

void MoveSitesCommand::apply(const Positions &positions)
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        m_document->setSitePosition(it.key(), it.value());
}

int MoveSitesCommand::id() const { return m_mergeable ? CommandIds::MoveSites : -1; }

bool MoveSitesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MoveSitesCommand *>(other);
    if (!next->m_mergeable || next->m_after.keys() != m_after.keys())
        return false;
    m_after = next->m_after;
    return true;
}
