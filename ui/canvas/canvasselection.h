#pragma once

#include <QStringList>

// The ids selected on the canvas, by kind.
struct CanvasSelection
{
    QStringList sites;
    QStringList links;
    QStringList profiles;

    bool isEmpty() const { return sites.isEmpty() && links.isEmpty() && profiles.isEmpty(); }
    int size() const { return int(sites.size() + links.size() + profiles.size()); }
};
