#pragma once

// QUndoCommand::id() values of the commands that merge with their successor.
namespace CommandIds {

constexpr int MoveSites = 1;

} // namespace CommandIds
