#include "core/import/iosfactsreader.h"

#include "core/import/iosaddress.h"
#include "core/import/iosfacts.h"
#include "core/import/iosnotes.h"
#include "core/import/iostype7.h"

#include <algorithm>

using L = QStringList;

IosFactsReader::IosFactsReader(const QList<IosLine> &lines, BoxFacts *box, ImportLog &log)
    : m_lines(lines), m_o(IosObjects::collect(lines)), m_box(box), m_log(log)
{
}

void IosFactsReader::run()
{
    m_box->platform = Platform::CiscoIos;
    isakmpKeys();
    keyrings();
    users();
    vtis();
    cryptoMaps();
    server();
    addresses();
    for (const IosLine &l : m_lines) {
        if (!l.negated && l.indent == 0 && l.words == L{"end"})
            mapped(&l, QStringLiteral("the end of the configuration"));
    }
    for (const IosLine &l : m_lines)
        note(l, QString());
}

void IosFactsReader::rules(const IosLine &section, const QList<Rule> &rules)
{
    for (const IosLine &c : section.children) {
        for (const Rule &r : rules) {
            if (!c.negated && c.startsWith(r.prefix)) {
                (r.mapped ? m_mapped : m_why).insert(&c, r.text);
                break;
            }
        }
    }
}

void IosFactsReader::note(const IosLine &l, const QString &inherited)
{
    const QString statement = IosNotes::statement(l, &m_box->secretTexts);
    QString sectionWhy;
    if (m_builder.contains(&l)) {
        // the topology builder notes it (a connection, a PPP login)
    } else if (m_mapped.contains(&l)) {
        m_log.mapped(l.place, statement, m_mapped.value(&l));
    } else {
        sectionWhy = m_why.value(&l, inherited.isEmpty() ? IosNotes::why(l) : inherited);
        m_log.notRepresented(l.place, statement, sectionWhy);
    }
    for (const IosLine &c : l.children)
        note(c, IosNotes::inherits(l) ? sectionWhy : QString());
}

void IosFactsReader::psk(const IosLine *l, const QStringList &ids, const QString &secret, const QString &type)
{
    if (type == u"6") {
        why(l, QStringLiteral("an AES-encrypted key (type 6): encrypted with the router's master key (key config-key "
                              "password-encrypt), which a configuration never holds, so it cannot be decoded; set the "
                              "PSK in the editor's Secrets"));
        return;
    }
    PskFacts p;
    for (const QString &id : ids) {
        if (!id.isEmpty() && id != u"0.0.0.0")
            p.ids << id;
    }
    p.secret = secret;
    p.place = l->place;
    m_box->psks.append(p);
    mapped(l, p.ids.isEmpty() ? QStringLiteral("a PSK for any peer (remote access)")
                              : QStringLiteral("a PSK for %1").arg(p.ids.join(QStringLiteral(", "))));
}

// crypto isakmp key [0|6] KEY {address A [MASK] | hostname H} [no-xauth]
void IosFactsReader::isakmpKeys()
{
    for (const IosLine &l : m_lines) {
        if (l.negated || !l.startsWith(L{"crypto", "isakmp", "key"}))
            continue;
        const bool typed = (l.word(3) == u"0" || l.word(3) == u"6") && l.words.size() > 6;
        const int k = typed ? 4 : 3;
        psk(&l, {l.word(k + 2)}, l.word(k), typed ? l.word(3) : QString());
    }
}

// crypto keyring N (pre-shared-key {address A [M] | hostname H} key K) and
// crypto ikev2 keyring N (peer P: address A [M], identity ..., pre-shared-key [local|remote] [0|6] K).
void IosFactsReader::keyrings()
{
    for (const IosLine &l : m_lines) {
        if (l.negated)
            continue;
        if (l.startsWith(L{"crypto", "keyring"})) {
            mapped(&l, QStringLiteral("a keyring (IKEv1): its PSKs"));
            for (const IosLine &c : l.children) {
                const int key = int(c.words.indexOf(QStringLiteral("key")));
                if (!c.negated && c.startsWith(L{"pre-shared-key"}) && key > 0)
                    psk(&c, {c.word(2)}, c.word(key + 1), QString());
            }
        } else if (l.startsWith(L{"crypto", "ikev2", "keyring"})) {
            mapped(&l, QStringLiteral("a keyring (IKEv2): its PSKs"));
            for (const IosLine &peer : l.children) {
                if (peer.negated || !peer.startsWith(L{"peer"}))
                    continue;
                mapped(&peer, QStringLiteral("the keyring's entry for peer %1").arg(peer.word(1)));
                QStringList ids;
                const IosLine *local = nullptr;
                const IosLine *remote = nullptr;
                for (const IosLine &c : peer.children) {
                    if (c.negated)
                        continue;
                    if (c.startsWith(L{"address"}) || c.startsWith(L{"identity"}) || c.startsWith(L{"hostname"})) {
                        ids << c.words.constLast();
                        mapped(&c, QStringLiteral("which peer the PSK is for"));
                    } else if (c.startsWith(L{"pre-shared-key"})) {
                        (c.word(1) == u"remote" ? remote : local) = &c;
                    }
                }
                for (const IosLine *c : {local, remote}) {
                    if (!c)
                        continue;
                    int k = (c->word(1) == u"local" || c->word(1) == u"remote") ? 2 : 1;
                    const QString type = (c->word(k) == u"0" || c->word(k) == u"6") && c->words.size() > k + 1 ? c->word(k++) : QString();
                    if (c == remote && local && local->words.constLast() != c->words.constLast())
                        why(c, QStringLiteral("a different PSK for each direction: RouteStudio has one PSK a link (the local one is imported)"));
                    else if (c == local || !local)
                        psk(c, ids, c->word(k), type);
                    else
                        mapped(c, QStringLiteral("the same PSK for the other direction"));
                }
            }
        }
    }
}

// username NAME [privilege N] password [0|7] PW; "secret" lines hold a one-way hash.
void IosFactsReader::users()
{
    for (const IosLine &l : m_lines) {
        if (l.negated || !l.startsWith(L{"username"}))
            continue;
        const int pw = int(l.words.indexOf(QStringLiteral("password")));
        if (pw < 0) {
            why(&l, l.words.contains(QStringLiteral("secret"))
                        ? QStringLiteral("a one-way hash (secret): MS-CHAPv2 needs the password itself; set it in the editor's Secrets")
                        : QStringLiteral("a user without a password"));
            continue;
        }
        const bool typed = (l.word(pw + 1) == u"0" || l.word(pw + 1) == u"7") && l.words.size() > pw + 2;
        std::optional<QString> secret = l.word(typed ? pw + 2 : pw + 1);
        if (typed && l.word(pw + 1) == u"7") {
            secret = IosType7::decode(l.word(pw + 2)); // an obfuscation with a published key, not encryption
            if (!secret) {
                why(&l, QStringLiteral("a type 7 password that does not decode (not two digits then pairs of hex digits): "
                                       "set it in the editor's Secrets"));
                continue;
            }
            m_box->secretTexts << *secret;
        }
        ChapSecret c;
        c.client = l.word(1);
        c.server = QStringLiteral("*");
        c.serverWildcard = true;
        c.secret = *secret;
        c.place = l.place;
        m_box->chap.append(c);
        m_builder.insert(&l);
    }
}

// Public interface addresses are the site's; private ones of LAN interfaces
// are what its route-based links offer.
void IosFactsReader::addresses()
{
    for (auto it = m_o.interfaces.cbegin(); it != m_o.interfaces.cend(); ++it) {
        for (const IosLine &c : it->line->children) {
            if (c.negated || !c.startsWith(L{"ip", "address"}) || m_mapped.contains(&c) || m_why.contains(&c))
                continue;
            if (IosAddress::isPublic(c.word(2))) {
                m_box->ownAddresses << c.word(2);
                mapped(&c, QStringLiteral("a public address of the site (the one its peers use)"));
            } else if (IosObjects::isLanInterface(it.key()) && it->network && m_routeBased) {
                mapped(&c, QStringLiteral("a LAN of this site: what its route-based links offer"));
            }
        }
        const bool used = std::any_of(it->line->children.cbegin(), it->line->children.cend(),
                                      [this](const IosLine &c) { return m_mapped.contains(&c); });
        if (used && !m_mapped.contains(it->line) && !m_builder.contains(it->line))
            mapped(it->line, QStringLiteral("an interface of this site (the lines under it say what counts)"));
    }
}

void IosFacts::read(const QList<IosLine> &lines, BoxFacts *box, ImportLog &log)
{
    IosFactsReader(lines, box, log).run();
}
