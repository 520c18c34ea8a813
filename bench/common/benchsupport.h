#pragma once

#include <QList>
#include <QString>

#include <algorithm>

// Shared by the GUI benches' main(): arguments, the platform, the statistic.
namespace Bench {

// "1000,5000" -> {1000, 5000}; a part that is not a number becomes 0 (the
// benches reject sizes below 1 with their usage line).
inline QList<int> intList(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(u','))
        out << part.toInt();
    return out;
}

// Offscreen unless QT_QPA_PLATFORM names a platform; call before QApplication.
inline void offscreenUnlessSet()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// The median (upper of the middle two for an even count); 0 for none.
inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// The value below which `share` (0.95: the 95th percentile) of the samples
// lie, nearest rank; 0 for none.
inline double percentile(QList<double> v, double share)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype rank = qsizetype(share * double(v.size()) + 0.999999);
    return v[qBound(qsizetype(0), rank - 1, v.size() - 1)];
}

} // namespace Bench
