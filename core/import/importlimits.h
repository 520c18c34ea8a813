#pragma once

#include <QtGlobal>

// Caps for untrusted configuration input (docs/import.md, "Hostile input").
// Real boxes' files are a few kilobytes; these leave room for large fleets.
namespace ImportLimits {

constexpr qint64 kMaxFileSize = 16LL * 1024 * 1024;  // one file
constexpr qint64 kMaxBoxSize = 64LL * 1024 * 1024;   // every file of one box
constexpr int kMaxFiles = 5000;                      // files of one box
constexpr int kMaxIncludeDepth = 10;                 // nested includes (ipsec.secrets(5) says 10)
constexpr int kMaxSectionDepth = 32;                 // nested swanctl.conf sections
constexpr int kMaxLineLength = 64 * 1024;            // one line
constexpr int kMaxAlsoDepth = 16;                    // ipsec.conf also= chains

} // namespace ImportLimits
