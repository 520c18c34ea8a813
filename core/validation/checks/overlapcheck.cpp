#include "core/validation/checks/checks.h"

#include "core/validation/fieldpath.h"
#include "core/validation/prefixsweep.h"

namespace {

// A LAN (lan >= 0) or the client pool (lan < 0) of sites[site].
struct PrefixRef
{
    int site;
    int lan;
    bool isPool() const { return lan < 0; }
};

class OverlapReporter
{
public:
    OverlapReporter(const Topology &t, FindingSink &sink) : m_t(t), m_sink(sink) {}

    void report(const PrefixRef &inner, const PrefixRef &outer) const
    {
        const Ipv4Prefix in = prefix(inner);
        const Ipv4Prefix out = prefix(outer);
        const bool equal = in.network() == out.network();
        const QString relation = equal ? QStringLiteral("is the same network as")
                                       : QStringLiteral("lies inside");
        const QStringList objects = siteIds(inner, outer);
        const QStringList paths{path(inner), path(outer)};
        if (!inner.isPool() && !outer.isPool()) {
            QString message;
            if (inner.site == outer.site && equal) {
                message = QStringLiteral("site %1 lists LAN %2 twice").arg(id(inner), out.toString());
                if (in != out)
                    message += QStringLiteral(" (also as %1)").arg(in.toString());
            } else if (inner.site == outer.site) {
                message = QStringLiteral("LAN %1 of site %2 lies inside its own LAN %3; "
                                         "list only %3")
                              .arg(in.toString(), id(inner), out.toString());
            } else {
                message = QStringLiteral("%1 %2 %3; every LAN must be unique across the "
                                         "topology or routes become ambiguous")
                              .arg(describe(inner), relation, describe(outer));
            }
            m_sink.error(QStringLiteral("lan-overlap"), message, objects, paths);
        } else if (inner.isPool() && outer.isPool()) {
            m_sink.error(QStringLiteral("pool-overlap"),
                         QStringLiteral("%1 %2 %3; two hubs would hand out the same addresses")
                             .arg(describe(inner), relation, describe(outer)),
                         objects, paths);
        } else {
            m_sink.error(QStringLiteral("pool-overlaps-lan"),
                         QStringLiteral("%1 %2 %3; client addresses must not come from a "
                                        "routed LAN")
                             .arg(describe(inner), relation, describe(outer)),
                         objects, paths);
        }
    }

private:
    const Site &site(const PrefixRef &r) const { return m_t.sites[r.site]; }
    QString id(const PrefixRef &r) const { return site(r).id; }
    Ipv4Prefix prefix(const PrefixRef &r) const
    {
        return r.isPool() ? site(r).remoteAccess->pool : site(r).lans[r.lan];
    }
    QString path(const PrefixRef &r) const
    {
        const QString s = FieldPath::site(r.site);
        return r.isPool() ? FieldPath::field(s, QStringLiteral("remoteAccess.pool"))
                          : FieldPath::item(s, QStringLiteral("lans"), r.lan);
    }
    QString describe(const PrefixRef &r) const
    {
        return r.isPool() ? QStringLiteral("client pool %1 of hub %2").arg(prefix(r).toString(), id(r))
                          : QStringLiteral("LAN %1 of site %2").arg(prefix(r).toString(), id(r));
    }
    QStringList siteIds(const PrefixRef &a, const PrefixRef &b) const
    {
        return a.site == b.site ? QStringList{id(a)} : QStringList{id(a), id(b)};
    }

    const Topology &m_t;
    FindingSink &m_sink;
};

} // namespace

namespace Checks {

void overlaps(const Topology &t, FindingSink &sink)
{
    std::vector<PrefixRef> refs;
    std::vector<PrefixSweep::Item> items;
    auto add = [&](const Ipv4Prefix &p, PrefixRef ref) {
        items.push_back({p.first(), p.last(), p.length(), int(refs.size())});
        refs.push_back(ref);
    };
    for (int s = 0; s < t.sites.size(); ++s) {
        const Site &site = t.sites[s];
        if (site.remoteAccess)
            add(site.remoteAccess->pool, PrefixRef{s, -1});
        for (int l = 0; l < site.lans.size(); ++l)
            add(site.lans[l], PrefixRef{s, l});
    }
    const OverlapReporter reporter(t, sink);
    for (const PrefixSweep::Nesting &n : PrefixSweep::nestings(std::move(items)))
        reporter.report(refs[std::size_t(n.inner)], refs[std::size_t(n.container)]);
}

} // namespace Checks
