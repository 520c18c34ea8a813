#pragma once

// Header-only test helper: a fixture's topology and secrets files, given the
// path without ".topology.json" / ".secrets.json"; a broken fixture stops the
// test with the loader's message.

#include "core/io/secretsfile.h"
#include "core/io/topologyreader.h"

namespace FixtureFiles {

inline Topology topology(const QString &base)
{
    LoadError error;
    const auto t = TopologyReader::fromFile(base + u".topology.json", &error);
    if (!t)
        qFatal("%s", qPrintable(error.toString()));
    return *t;
}

inline Secrets secrets(const QString &base)
{
    LoadError error;
    const auto s = SecretsFile::fromFile(base + u".secrets.json", &error);
    if (!s)
        qFatal("%s", qPrintable(error.toString()));
    return *s;
}

} // namespace FixtureFiles
