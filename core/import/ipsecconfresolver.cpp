#include "core/import/ipsecconfresolver.h"

#include "core/import/importlimits.h"

#include <QHash>

namespace {

using ConnIndex = QHash<QString, const IpsecConfSection *>;

// The parameters `conn` contributes, also= sections expanded before its own.
bool expand(const ConnIndex &sections, const IpsecConfSection &conn, int depth,
            QList<KeyValue> *out, ImportLog &log)
{
    if (depth > ImportLimits::kMaxAlsoDepth) {
        log.error(conn.place, QStringLiteral("also= chain of conn %1 deeper than %2 (a cycle?)")
                                  .arg(conn.name)
                                  .arg(ImportLimits::kMaxAlsoDepth));
        return false;
    }
    QList<KeyValue> own;
    for (const KeyValue &p : conn.params) {
        if (p.key != u"also") {
            own.append(p);
            continue;
        }
        const IpsecConfSection *other = sections.value(p.value);
        if (!other || p.value == u"%default") {
            log.error(p.place, QStringLiteral("also=%1: no conn of that name").arg(p.value));
            return false;
        }
        if (depth == 0)
            log.mapped(p.place, u"also=" + p.value,
                       QStringLiteral("conn %1 inherits the parameters of conn %2").arg(conn.name, p.value));
        if (!expand(sections, *other, depth + 1, out, log))
            return false;
    }
    *out += own;
    return true;
}

} // namespace

namespace IpsecConfResolver {

QList<IpsecConfSection> conns(const QList<IpsecConfSection> &sections, ImportLog &log)
{
    ConnIndex index;
    for (const IpsecConfSection &s : sections) {
        if (s.type == u"conn")
            index.insert(s.name, &s);
    }
    const IpsecConfSection *defaults = index.value(QStringLiteral("%default"));
    QList<IpsecConfSection> out;
    for (const IpsecConfSection &s : sections) {
        if (s.type != u"conn" || s.name == u"%default")
            continue;
        IpsecConfSection resolved{s.type, s.name, s.place, {}};
        if (defaults)
            resolved.params = defaults->params;
        if (!expand(index, s, 0, &resolved.params, log))
            continue;
        out.append(resolved);
    }
    return out;
}

} // namespace IpsecConfResolver
