#pragma once

#include <QStringList>

// `check --collect DIR`: runs the collection's read-only commands on this box
// (Collection::commands, through ProcessRunner: argument vectors, a time limit
// each) and copies the installed generated files (`paths`, below `root`) into
// DIR/files; DIR/collect.json says how each command ended. False with `error`
// when DIR cannot be written; a command that fails is recorded, not fatal.
namespace CheckCollect {

bool run(const QString &dir, const QString &root, const QStringList &paths, QString *error);

} // namespace CheckCollect
