#include "ui/canvas/autolayout.h"

#include "ui/canvas/profileitem.h"

#include <QHash>
#include <QtMath>

namespace {

constexpr qreal kFirstRing = 340;
constexpr qreal kRingStep = 210;
constexpr qreal kSpacing = 250; // along a ring, between card centres
constexpr qreal kGridX = 260;
constexpr qreal kGridY = 170;

// Places `count` nodes on rings around the origin; returns the outer radius.
qreal ringPositions(int count, QList<QPointF> *out)
{
    qreal radius = kFirstRing;
    int placed = 0;
    qreal outer = 0;
    while (placed < count) {
        const int capacity = qMax(6, int(2 * M_PI * radius / kSpacing));
        const int onRing = qMin(capacity, count - placed);
        for (int i = 0; i < onRing; ++i) {
            const qreal a = 2 * M_PI * i / onRing - M_PI / 2;
            out->append(QPointF(radius * qCos(a), radius * qSin(a) * 0.8));
        }
        placed += onRing;
        outer = radius;
        radius += kRingStep;
    }
    return outer;
}

} // namespace

namespace AutoLayout {

QMap<QString, QPointF> arrange(const Topology &topology)
{
    QList<QString> hubs;
    QHash<QString, int> hubIndex;
    for (const Site &s : topology.sites) {
        if (s.isHub()) {
            hubIndex.insert(s.id, int(hubs.size()));
            hubs.append(s.id);
        }
    }
    // A hub's profile chips hang below its card: the lower half of its ring
    // moves down by their height, so its links there still have room for a
    // label between the chips and the card they reach (LinkItem).
    QList<int> chips(hubs.size(), 0);
    for (const Profile &p : topology.profiles) {
        const auto it = hubIndex.constFind(p.hub);
        if (it != hubIndex.constEnd())
            ++chips[*it];
    }
    QList<QList<QString>> members(hubs.size());
    QHash<QString, int> owner;
    for (const Link &l : topology.links) {
        const auto hf = hubIndex.constFind(l.from);
        const auto ht = hubIndex.constFind(l.to);
        if (hf != hubIndex.constEnd() && ht == hubIndex.constEnd() && !owner.contains(l.to))
            owner.insert(l.to, *hf);
        else if (ht != hubIndex.constEnd() && hf == hubIndex.constEnd() && !owner.contains(l.from))
            owner.insert(l.from, *ht);
    }
    QList<QString> loose;
    for (const Site &s : topology.sites) {
        if (s.isHub())
            continue;
        const auto it = owner.constFind(s.id);
        if (it != owner.constEnd())
            members[*it].append(s.id);
        else
            loose.append(s.id);
    }

    QMap<QString, QPointF> out;
    qreal x = 0;
    qreal bottom = 0;
    for (int h = 0; h < hubs.size(); ++h) {
        QList<QPointF> ring;
        const qreal radius = members[h].isEmpty() ? 0 : ringPositions(int(members[h].size()), &ring);
        const qreal cx = x + (h == 0 ? 0 : radius);
        const qreal below = ProfileItem::stackHeight(chips[h]);
        out.insert(hubs[h], QPointF(cx, 0));
        for (int i = 0; i < members[h].size(); ++i) {
            QPointF p = ring[i];
            if (p.y() > 0.5)
                p.ry() += below;
            out.insert(members[h][i], QPointF(cx, 0) + p);
        }
        x = cx + radius + kSpacing * 1.6;
        bottom = qMax(bottom, radius * 0.8 + below);
    }
    const int columns = qMax(4, int(qSqrt(qreal(loose.size())) * 1.5));
    const qreal top = hubs.isEmpty() ? 0 : bottom + kGridY * 1.5;
    for (int i = 0; i < loose.size(); ++i)
        out.insert(loose[i], QPointF((i % columns) * kGridX, top + (i / columns) * kGridY));
    return out;
}

} // namespace AutoLayout
