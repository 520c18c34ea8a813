#include "core/import/ipsecconffacts.h"

#include "core/import/ipsecconfresolver.h"
#include "core/import/secretencoding.h"
#include "core/import/trafficselectors.h"

namespace {

QString statement(const QString &conn, const KeyValue &p)
{
    return QStringLiteral("conn %1: %2=%3").arg(conn, p.key, p.value);
}

bool isLocalSide(const IpsecConfSection &conn)
{
    const KeyValue *right = conn.param(QStringLiteral("right"));
    return !(right && right->value == u"%defaultroute");
}

// What one effective parameter of a conn becomes; false: not represented, *why says why.
bool apply(const KeyValue &p, bool leftLocal, TunnelFacts &t, QString *to)
{
    const QString &k = p.key;
    const bool isLeft = k.startsWith(QLatin1String("left"));
    const bool isRight = k.startsWith(QLatin1String("right"));
    const bool local = (isLeft && leftLocal) || (isRight && !leftLocal);
    const QString field = isLeft ? k.mid(4) : isRight ? k.mid(5) : QString();
    if (k == u"keyexchange") {
        if (p.value == u"ikev1" || p.value == u"ikev2") {
            t.ike = p.value == u"ikev1" ? IkeVersion::Ikev1 : IkeVersion::Ikev2;
            *to = QStringLiteral("the link's IKE version (%1)").arg(p.value);
            return true;
        }
        *to = QStringLiteral("IKE version \"ike\" (either): RouteStudio picks ikev2");
        return false;
    }
    if (k == u"type") {
        t.transportMode = p.value == u"transport";
        *to = t.transportMode ? QStringLiteral("transport mode: L2TP/IPsec") : QStringLiteral("tunnel mode: an ipsec link");
        return p.value == u"transport" || p.value == u"tunnel";
    }
    if (k == u"authby") {
        const bool psk = p.value == u"secret" || p.value == u"psk";
        *to = psk ? QStringLiteral("PSK authentication: the link's secret")
                  : QStringLiteral("certificate or XAuth authentication is not modeled: RouteStudio links use PSKs");
        return psk;
    }
    if (k == u"auto") {
        t.initiates = p.value == u"start";
        *to = QStringLiteral("which end initiates: the gateway's");
        return true;
    }
    if (k == u"ike") {
        t.proposals = QString(p.value).remove(u'!');
        t.proposalsPlace = p.place;
        *to = QStringLiteral("an algorithm choice: RouteStudio writes its own proposals (compared between the ends)");
        return false;
    }
    if (k == u"left" || k == u"right") {
        const QString v = p.value == u"%defaultroute" ? QString() : p.value;
        (local ? t.localAddress : t.remoteAddress) = v;
        *to = !local ? QStringLiteral("the peer's public address: the link's other end")
              : v.isEmpty() ? QStringLiteral("the local end (its public address comes from its id)")
                            : QStringLiteral("this site's public address");
        return true;
    }
    if (field.isEmpty()) {
        *to = k == u"esp" ? QStringLiteral("an algorithm choice: RouteStudio writes its own ESP proposals")
                          : QStringLiteral("RouteStudio sets this itself or does not model it");
        return false;
    }
    if (field == u"id") {
        (local ? t.localId : t.remoteId) = p.value;
        *to = QStringLiteral("%1 identity: matches the PSK and the peer").arg(local ? u"local" : u"remote");
        return true;
    }
    if (field == u"subnet") {
        const TrafficSelectors ts = TrafficSelectors::parse(p.value);
        (local ? t.localTs : t.remoteTs) += ts.prefixes;
        (local ? t.localTsPlace : t.remoteTsPlace) = p.place;
        *to = ts.unsupported.isEmpty()
                  ? (local ? QStringLiteral("this site's side of the link (its LANs and what it routes on)")
                           : QStringLiteral("the peer's side of the link (routes over it)"))
                  : QStringLiteral("subnets RouteStudio cannot hold: %1").arg(ts.unsupported.join(QStringLiteral(", ")));
        return ts.unsupported.isEmpty();
    }
    if (field == u"protoport") {
        if (local && (p.value == u"17/1701" || p.value == u"udp/1701"))
            t.l2tpSelectors = true;
        *to = QStringLiteral("the L2TP port restriction of L2TP/IPsec");
        return p.value.startsWith(QLatin1String("17/")) || p.value.startsWith(QLatin1String("udp/"));
    }
    *to = field.contains(QLatin1String("cert")) || field.contains(QLatin1String("ca")) || field == u"auth"
              ? QStringLiteral("certificate or XAuth authentication is not modeled: RouteStudio links use PSKs")
              : QStringLiteral("not modeled by RouteStudio");
    return false;
}

} // namespace

namespace IpsecConfFacts {

void readConns(const QList<IpsecConfSection> &sections, BoxFacts *box, ImportLog &log)
{
    for (const IpsecConfSection &s : sections) {
        if (s.type == u"conn")
            continue;
        for (const KeyValue &p : s.params)
            log.notRepresented(p.place, QStringLiteral("%1 %2: %3=%4").arg(s.type, s.name, p.key, p.value),
                               s.type == u"ca" ? QStringLiteral("a certificate authority: certificates are not modeled")
                                               : QStringLiteral("RouteStudio writes its own config setup"));
    }
    for (const IpsecConfSection &conn : IpsecConfResolver::conns(sections, log)) {
        const KeyValue *autoParam = conn.param(QStringLiteral("auto"));
        if (autoParam && autoParam->value == u"ignore") {
            log.notRepresented(conn.place, u"conn " + conn.name,
                               QStringLiteral("auto=ignore: not loaded by starter (its parameters count where also= uses them)"));
            continue;
        }
        TunnelFacts t;
        t.name = conn.name;
        t.place = conn.place;
        const bool leftLocal = isLocalSide(conn);
        for (const KeyValue &p : conn.params) {
            const KeyValue *winner = conn.param(p.key);
            if (!(winner->place == p.place)) {
                log.notRepresented(p.place, statement(conn.name, p), QStringLiteral("replaced by %1").arg(winner->place.toString()));
                continue;
            }
            QString to;
            if (apply(p, leftLocal, t, &to))
                log.mapped(p.place, statement(conn.name, p), to);
            else
                log.notRepresented(p.place, statement(conn.name, p), to);
        }
        box->tunnels.append(t);
    }
}

void readSecrets(const QList<IpsecSecret> &secrets, BoxFacts *box, ImportLog &log)
{
    for (const IpsecSecret &s : secrets) {
        box->secretTexts << s.secret << SecretEncoding::decode(s.secret).value_or(QString());
        const QString text = QStringLiteral("%1 : %2 (not shown)").arg(s.selectors.join(u' '), s.type).trimmed();
        if (s.type != u"PSK") {
            log.notRepresented(s.place, text, QStringLiteral("only PSKs are modeled (keys, EAP and XAuth secrets are not)"));
            continue;
        }
        const auto value = SecretEncoding::decode(s.secret);
        if (!value) {
            log.error(s.place, QStringLiteral("the PSK is not printable text after decoding 0x/0s"));
            continue;
        }
        box->psks.append({{}, s.selectors, *value, s.place});
        log.mapped(s.place, text, QStringLiteral("a PSK in the secrets file"));
    }
}

} // namespace IpsecConfFacts
