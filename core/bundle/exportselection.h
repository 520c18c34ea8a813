#pragma once

#include <QString>

// What `export` writes: everything, one site's bundle, or the bundles of one
// profile's users (all of them, or one).
struct ExportSelection
{
    enum Kind { All, Site, Profile };
    Kind kind = All;
    QString site;
    QString profile;
    QString user; // empty: every user of the profile
};
