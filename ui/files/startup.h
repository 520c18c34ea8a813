#pragma once

#include <QString>

class EditorSession;
class FileController;
class RecentFiles;
class QWidget;

// What the editor opens first: a file named on the command line; else work a
// crash left behind (after asking); else the most recent file; else the
// bundled example with fresh secrets.
namespace Startup {

enum class Opened { File, Recovery, Recent, Example, Failed };

Opened openInitial(EditorSession *session, FileController *files, RecentFiles *recent,
                   const QString &fileArgument, QWidget *window, bool interactive);

} // namespace Startup
