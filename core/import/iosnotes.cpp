#include "core/import/iosnotes.h"

namespace {

using L = QStringList;

bool isType(const QString &w)
{
    return w.size() == 1 && QStringLiteral("056789").contains(w);
}

struct Reason
{
    L prefix;
    const char *why;
};

// Top-level commands no part of the import takes, and why (the first match counts).
const QList<Reason> &reasons()
{
    static const QList<Reason> r{
        {L{"hostname"}, "the site's id and name come from the box's folder or archive name"},
        {L{"banner"}, "a banner: not a VPN setting"},
        {L{"crypto", "isakmp", "policy"}, "an algorithm choice: RouteStudio writes its own proposals"},
        {L{"crypto", "ikev2", "proposal"}, "an algorithm choice: RouteStudio writes its own proposals"},
        {L{"crypto", "ikev2", "policy"}, "an algorithm choice: RouteStudio writes its own proposals"},
        {L{"crypto", "ipsec", "transform-set"}, "an algorithm choice: RouteStudio writes its own transform sets"},
        {L{"crypto", "isakmp", "profile"}, "an IKE profile no imported link uses"},
        {L{"crypto", "ikev2", "profile"}, "an IKE profile no imported link uses"},
        {L{"crypto", "isakmp"}, "RouteStudio sets NAT keepalives, dead peer detection and identities itself"},
        {L{"crypto", "pki"}, "certificates are not modeled (RouteStudio uses PSKs)"},
        {L{"crypto", "map"}, "a crypto map setting RouteStudio does not model"},
        {L{"crypto"}, "a crypto object no imported link uses"},
        {L{"access-list"}, "an access list no crypto map uses: RouteStudio does not model firewall rules"},
        {L{"ip", "access-list"}, "an access list no crypto map uses: RouteStudio does not model firewall rules"},
        {L{"ip", "route"}, "a route not over an IPsec tunnel interface: RouteStudio derives routes itself"},
        {L{"ip", "local", "pool"}, "a pool the L2TP server does not use"},
        {L{"interface"}, "an interface RouteStudio does not model (tunnels, LAN and public addresses count)"},
        {L{"vpdn-group"}, "a vpdn-group without L2TP dial-in"},
        {L{"username"}, "a user without a usable password"},
        {L{"end"}, "the end of the configuration"},
    };
    return r;
}

} // namespace

namespace IosNotes {

QString statement(const IosLine &line, QStringList *secrets)
{
    QStringList w = line.words;
    const bool keyIsSecret = !(w.value(0) == u"crypto" && (w.value(1) == u"key" || w.value(1) == u"pki"));
    for (int i = 0; i < w.size(); ++i) {
        const QString &k = w.at(i);
        const bool psk = k == u"pre-shared-key";
        if (!psk && k != u"password" && k != u"secret" && k != u"community" && !(k == u"key" && keyIsSecret))
            continue;
        int j = i + 1;
        if (psk && (w.value(j) == u"local" || w.value(j) == u"remote"))
            ++j;
        if (psk && (w.value(j) == u"address" || w.value(j) == u"hostname"))
            continue; // "pre-shared-key address A key K": the key comes after "key"
        if (isType(w.value(j)) && j + 1 < w.size())
            ++j;
        if (j < w.size()) {
            secrets->append(w.at(j));
            w[j] = QStringLiteral("(not shown)");
            i = j;
        }
    }
    return (line.negated ? QStringLiteral("no ") : QString()) + w.join(u' ');
}

QString why(const IosLine &line)
{
    if (line.negated)
        return QStringLiteral("a \"no\" form: RouteStudio does not model this setting");
    if (line.indent > 0) {
        if (line.startsWith(L{"description"}))
            return QStringLiteral("a description: RouteStudio writes its own");
        if (line.startsWith(L{"set", "transform-set"}) || line.startsWith(L{"set", "pfs"}))
            return QStringLiteral("an algorithm choice: RouteStudio writes its own proposals");
        if (line.startsWith(L{"set", "security-association"}))
            return QStringLiteral("RouteStudio sets lifetimes itself");
        return QStringLiteral("a setting RouteStudio does not model");
    }
    for (const Reason &r : reasons()) {
        if (line.startsWith(r.prefix))
            return QString::fromLatin1(r.why);
    }
    return QStringLiteral("not a VPN setting RouteStudio models");
}

bool inherits(const IosLine &section)
{
    for (const L &p : {L{"crypto", "isakmp", "policy"}, L{"crypto", "ikev2", "proposal"}, L{"crypto", "ikev2", "policy"},
                       L{"crypto", "ipsec", "transform-set"}, L{"crypto", "pki"}, L{"interface"}, L{"ip", "access-list"},
                       L{"line"}, L{"vpdn-group"}, L{"crypto"}}) {
        if (section.startsWith(p))
            return true;
    }
    return false;
}

} // namespace IosNotes
