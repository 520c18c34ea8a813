#pragma once

#include <QFileDevice>

// Unix modes of generated files, and their Qt permission form for writing.
namespace FileModes {

constexpr int Config = 0644; // configs anyone on the box may read
constexpr int Script = 0755; // executable scripts
constexpr int Secret = 0600; // anything holding a key or password

QFileDevice::Permissions permissions(int mode);

} // namespace FileModes
