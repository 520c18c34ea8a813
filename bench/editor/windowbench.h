#pragma once

class QTextStream;

// The editor window as a user has it (MainWindow with every dock) on a file of
// N sites: open to first paint, an edit (move, rename, LAN change) to its paint
// and to its findings, pan and zoom frames (median and p95), resident memory.
namespace WindowBench {

void run(int sites, int frames, QTextStream &out);

} // namespace WindowBench
