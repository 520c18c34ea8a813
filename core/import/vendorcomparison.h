#pragma once

#include "core/diff/secretmask.h"
#include "core/generators/generatedfile.h"
#include "core/import/boxscanner.h"
#include "core/import/sourcetree.h"
#include "core/model/enums.h"

#include <QList>
#include <QStringList>
#include <optional>

// How diff --against compares a RouterOS or Cisco IOS box: the box keeps one
// configuration (an export, a running-config) where RouteStudio writes a
// script or a snippet to paste, so files are not matched by path. The box's
// files the import read as that format and RouteStudio's file are compared as
// ConfigViews (RouterOsView, IosView), under the generated file's path: what
// RouteStudio writes (its groups) and the box's VPN groups of the same kind.
// Linux boxes are compared file by file (nullopt). Pure.
namespace VendorComparison {

struct Views
{
    QList<GeneratedFile> theirs; // the box's view, one per generated file it has a counterpart for
    QList<GeneratedFile> ours;   // RouteStudio's view of each generated file
    QStringList boxFiles;        // the box's files compared (not listed as not generated)
    QStringList notes;           // what was compared with what, and what was not
};

std::optional<Views> views(Platform platform, const SourceTree &tree, const BoxScan &scan,
                           const QList<GeneratedFile> &generated, const SecretMask &mask);

} // namespace VendorComparison
