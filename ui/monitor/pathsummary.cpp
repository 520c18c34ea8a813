#include "ui/monitor/pathsummary.h"

#include <QCoreApplication>
#include <QHash>

namespace PathSummary {

QStringList lines(const Topology &topology, const QMap<QString, QSet<QString>> &active)
{
    QHash<QString, QList<const Link *>> linksOf; // checked sites only
    for (const Link &l : topology.links) {
        for (const QString &end : {l.from, l.to}) {
            if (active.contains(end))
                linksOf[end].append(&l);
        }
    }
    QStringList out;
    for (auto it = active.cbegin(); it != active.cend(); ++it) {
        const QList<const Link *> links = linksOf.value(it.key());
        if (links.size() < 2)
            continue; // one path: nothing to choose
        QStringList parts;
        for (const Link *l : links) {
            const QString role = l->isBackup() ? QCoreApplication::translate("PathSummary", "backup")
                                               : QCoreApplication::translate("PathSummary", "primary");
            parts << (it->contains(l->id)
                          ? QCoreApplication::translate("PathSummary", "%1 (%2) carries traffic now")
                          : QCoreApplication::translate("PathSummary", "%1 (%2) idle"))
                         .arg(l->id, role);
        }
        out << QCoreApplication::translate("PathSummary", "%1: %2").arg(it.key(), parts.join(QStringLiteral("; ")));
    }
    return out;
}

} // namespace PathSummary
