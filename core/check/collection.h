#pragma once

#include <QList>
#include <QStringList>

// A collection: the outputs of a box's read-only tools in one folder, made by
// `routestudio-cli check --collect DIR` on the box and read by LiveState.
namespace Collection {

struct Command
{
    QString file;     // the file in the folder that holds its standard output
    QStringList argv; // never a shell: program and arguments
};

// The commands, in the order they run; each is optional on the box (a box
// without nft or swanctl yields no file, and the check says what it lacks).
const QList<Command> &commands();

// Beside them: "files/" holds the installed copies of the generated files,
// "collect.json" what each command exited with.
constexpr const char *kFilesFolder = "files";
constexpr const char *kManifest = "collect.json";

} // namespace Collection
