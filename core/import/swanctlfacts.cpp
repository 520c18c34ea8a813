#include "core/import/swanctlfacts.h"

#include "core/import/secretencoding.h"
#include "core/import/trafficselectors.h"

#include <QSet>

namespace {

constexpr int kMaxReferenceDepth = 8;

// Copies what `section` does not set itself from the sections it references.
void inherit(SettingsSection &section, const SettingsSection &root, int depth = 0)
{
    if (depth > kMaxReferenceDepth)
        return;
    for (const QString &ref : section.references) {
        const SettingsSection *base = root.find(ref);
        if (!base)
            continue;
        SettingsSection copy = *base;
        inherit(copy, root, depth + 1);
        for (const SettingsValue &v : copy.values) {
            if (!section.value(v.key))
                section.setValue(v);
        }
        for (const SettingsSection &s : copy.sections) {
            if (!section.section(s.name))
                section.child(s.name, s.place) = s;
        }
    }
    for (SettingsSection &s : section.sections)
        inherit(s, root, depth + 1);
}

QString ikeText(IkeVersion v)
{
    return Enums::toString(v);
}

struct Reader
{
    BoxFacts *box;
    ImportLog &log;

    void remember(const QString &path, const SettingsValue &v) const
    {
        if (SettingsStatement::isSecretKey(path, v.key))
            box->secretTexts << v.value << SecretEncoding::decode(v.value).value_or(QString());
    }
    void mapped(const QString &path, const SettingsValue &v, const QString &to) const
    {
        remember(path, v);
        log.mapped(v.place, SettingsStatement::text(path, v.key, v.value), to);
    }
    void skipped(const QString &path, const SettingsValue &v, const QString &why) const
    {
        remember(path, v);
        log.notRepresented(v.place, SettingsStatement::text(path, v.key, v.value), why);
    }
    void templateValues(const QString &path, const SettingsSection &s) const
    {
        for (const SettingsValue &v : s.values)
            mapped(path, v, QStringLiteral("a template: it counts where a connection references it (listed there)"));
        for (const SettingsSection &c : s.sections)
            templateValues(path + u'.' + c.name, c);
    }
    void skipAll(const QString &path, const SettingsSection &s, const QString &why) const
    {
        for (const SettingsValue &v : s.values)
            skipped(path, v, why);
        for (const SettingsSection &c : s.sections)
            skipAll(path + u'.' + c.name, c, why);
    }

    QString connectionWhy(const QString &key) const
    {
        if (key == u"proposals")
            return QStringLiteral("an algorithm choice: RouteStudio writes its own proposals (compared between the ends)");
        if (key.startsWith(QLatin1String("dpd")) || key == u"unique" || key.endsWith(QLatin1String("_time"))
            || key == u"keyingtries")
            return QStringLiteral("RouteStudio sets DPD, rekeying and uniqueness itself");
        if (key == u"pools" || key == u"vips")
            return QStringLiteral("virtual IP pools are not modeled (remote access uses L2TP/PPP addresses)");
        return QStringLiteral("not modeled by RouteStudio");
    }

    void end(const QString &path, const SettingsSection &s, bool local, TunnelFacts &t) const
    {
        for (const SettingsValue &v : s.values) {
            if (v.key == u"id") {
                (local ? t.localId : t.remoteId) = v.value;
                mapped(path, v, QStringLiteral("%1 identity: matches the PSK and the peer").arg(local ? u"local" : u"remote"));
            } else if (v.key == u"auth" && v.value == u"psk") {
                mapped(path, v, QStringLiteral("PSK authentication: the link's secret"));
            } else if (v.key == u"auth" || v.key.startsWith(QLatin1String("cert")) || v.key.startsWith(QLatin1String("cacert"))
                       || v.key == u"pubkeys") {
                skipped(path, v, QStringLiteral("certificate or EAP authentication is not modeled: RouteStudio links use PSKs"));
            } else {
                skipped(path, v, QStringLiteral("not modeled by RouteStudio"));
            }
        }
        for (const SettingsSection &c : s.sections)
            skipAll(path + u'.' + c.name, c, QStringLiteral("not modeled by RouteStudio"));
    }

    void selectors(const QString &path, const SettingsValue &v, bool local, TunnelFacts &t) const
    {
        const TrafficSelectors ts = TrafficSelectors::parse(v.value);
        (local ? t.localTs : t.remoteTs) += ts.prefixes;
        (local ? t.localTsPlace : t.remoteTsPlace) = v.place;
        if (local && ts.l2tp)
            t.l2tpSelectors = true;
        if (!ts.unsupported.isEmpty())
            skipped(path, v, QStringLiteral("selectors RouteStudio cannot hold: %1").arg(ts.unsupported.join(QStringLiteral(", "))));
        else
            mapped(path, v, local ? QStringLiteral("this site's side of the link (its LANs and what it routes on)")
                                  : QStringLiteral("the peer's side of the link (routes over it)"));
    }

    void child(const QString &path, const SettingsSection &s, TunnelFacts &t) const
    {
        for (const SettingsValue &v : s.values) {
            if (v.key == u"mode") {
                t.transportMode = t.transportMode || v.value == u"transport";
                mapped(path, v, v.value == u"transport" ? QStringLiteral("transport mode: L2TP/IPsec")
                                                        : QStringLiteral("tunnel mode: an ipsec link"));
            } else if (v.key == u"local_ts" || v.key == u"remote_ts") {
                selectors(path, v, v.key == u"local_ts", t);
            } else if (v.key == u"start_action") {
                t.initiates = t.initiates || v.value.contains(QLatin1String("start"));
                mapped(path, v, QStringLiteral("which end initiates: the gateway's"));
            } else if (v.key == u"esp_proposals") {
                skipped(path, v, QStringLiteral("an algorithm choice: RouteStudio writes its own ESP proposals"));
            } else if (v.key.startsWith(QLatin1String("if_id"))) {
                skipped(path, v, QStringLiteral("RouteStudio binds its own XFRM interface (tunnelInterface)"));
            } else if (v.key == u"updown") {
                skipped(path, v, QStringLiteral("RouteStudio writes its own route script"));
            } else {
                skipped(path, v, QStringLiteral("RouteStudio sets this itself or does not model it"));
            }
        }
        for (const SettingsSection &c : s.sections)
            skipAll(path + u'.' + c.name, c, QStringLiteral("not modeled by RouteStudio"));
    }

    void connection(const QString &path, const SettingsSection &s) const
    {
        TunnelFacts t;
        t.name = s.name;
        t.place = s.place;
        for (const SettingsValue &v : s.values) {
            const QString first = v.value.split(u',').constFirst().trimmed();
            if (v.key == u"version") {
                if (v.value == u"1" || v.value == u"2") {
                    t.ike = v.value == u"1" ? IkeVersion::Ikev1 : IkeVersion::Ikev2;
                    mapped(path, v, QStringLiteral("the link's IKE version (%1)").arg(ikeText(*t.ike)));
                } else {
                    skipped(path, v, QStringLiteral("IKE version 0 (either): RouteStudio picks ikev2"));
                }
            } else if (v.key == u"local_addrs") {
                t.localAddress = first;
                mapped(path, v, QStringLiteral("this site's public address"));
            } else if (v.key == u"remote_addrs") {
                t.remoteAddress = first;
                mapped(path, v, first == u"%any" ? QStringLiteral("remote access (any peer)")
                                                  : QStringLiteral("the peer's public address: the link's other end"));
            } else if (v.key == u"proposals") {
                t.proposals = v.value;
                t.proposalsPlace = v.place;
                skipped(path, v, connectionWhy(v.key));
            } else {
                skipped(path, v, connectionWhy(v.key));
            }
        }
        for (const SettingsSection &c : s.sections) {
            const QString p = path + u'.' + c.name;
            if (c.name == u"local" || c.name.startsWith(QLatin1String("local-")))
                end(p, c, true, t);
            else if (c.name == u"remote" || c.name.startsWith(QLatin1String("remote-")))
                end(p, c, false, t);
            else if (c.name == u"children") {
                for (const SettingsSection &ch : c.sections)
                    child(p + u'.' + ch.name, ch, t);
                for (const SettingsValue &v : c.values)
                    skipped(p, v, QStringLiteral("not modeled by RouteStudio"));
            } else {
                skipAll(p, c, QStringLiteral("not modeled by RouteStudio"));
            }
        }
        box->tunnels.append(t);
    }

    void secret(const QString &path, const SettingsSection &s) const
    {
        PskFacts psk;
        psk.name = s.name.mid(3).startsWith(u'-') ? s.name.mid(4) : s.name.mid(3);
        psk.place = s.place;
        bool ok = false;
        for (const SettingsValue &v : s.values) {
            if (v.key.startsWith(QLatin1String("id"))) {
                psk.ids.append(v.value);
                mapped(path, v, QStringLiteral("which link or profile the PSK belongs to"));
            } else if (v.key == u"secret") {
                remember(path, v);
                const auto text = SecretEncoding::decode(v.value);
                if (!text) {
                    log.error(v.place, QStringLiteral("%1: the secret is not printable text after decoding 0x/0s").arg(path));
                    continue;
                }
                psk.secret = *text;
                psk.place = v.place;
                ok = true;
                mapped(path, v, QStringLiteral("a PSK in the secrets file"));
            } else {
                skipped(path, v, QStringLiteral("not modeled by RouteStudio"));
            }
        }
        if (ok)
            box->psks.append(psk);
    }
};

void references(const SettingsSection &s, QSet<QString> *out)
{
    for (const QString &r : s.references)
        out->insert(r.section(u'.', 0, 0));
    for (const SettingsSection &c : s.sections)
        references(c, out);
}

} // namespace

namespace SwanctlFacts {

void read(const SettingsSection &parsed, BoxFacts *box, ImportLog &log)
{
    SettingsSection root = parsed;
    inherit(root, parsed);
    const Reader r{box, log};
    QSet<QString> templates;
    references(parsed, &templates);
    for (const SettingsValue &v : root.values)
        r.skipped({}, v, QStringLiteral("not modeled by RouteStudio"));
    for (const SettingsSection &top : root.sections) {
        if (top.name == u"connections") {
            for (const SettingsSection &c : top.sections)
                r.connection(QStringLiteral("connections.") + c.name, c);
            for (const SettingsValue &v : top.values)
                r.skipped(top.name, v, QStringLiteral("not modeled by RouteStudio"));
        } else if (top.name == u"secrets") {
            for (const SettingsSection &s : top.sections) {
                if (s.name.startsWith(QLatin1String("ike")))
                    r.secret(QStringLiteral("secrets.") + s.name, s);
                else
                    r.skipAll(QStringLiteral("secrets.") + s.name, s,
                              QStringLiteral("only IKE PSKs are modeled (EAP, XAuth, keys and PPKs are not)"));
            }
        } else if (templates.contains(top.name)) {
            r.templateValues(top.name, top);
        } else {
            r.skipAll(top.name, top, top.name == u"pools" ? QStringLiteral("virtual IP pools are not modeled")
                                                          : QStringLiteral("not modeled by RouteStudio"));
        }
    }
}

} // namespace SwanctlFacts
