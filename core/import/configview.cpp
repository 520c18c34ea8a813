#include "core/import/configview.h"

#include <algorithm>

QSet<QString> ConfigView::groups() const
{
    QSet<QString> out;
    for (const ConfigEntry &e : entries)
        out.insert(e.group);
    return out;
}

ConfigView ConfigView::only(const std::function<bool(const QString &group)> &keep) const
{
    ConfigView out;
    out.skipped = skipped;
    for (const ConfigEntry &e : entries) {
        if (keep(e.group))
            out.entries.append(e);
        else
            ++out.skipped[e.group];
    }
    return out;
}

QByteArray ConfigView::text() const
{
    QList<ConfigEntry> sorted = entries;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ConfigEntry &a, const ConfigEntry &b) {
        return a.group != b.group ? a.group < b.group : a.text < b.text;
    });
    QByteArray out;
    for (const ConfigEntry &e : sorted)
        out += e.text.toUtf8() + '\n';
    return out;
}
