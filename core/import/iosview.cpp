#include "core/import/iosview.h"

#include "core/import/importlog.h"
#include "core/import/iosconfigparser.h"
#include "core/import/iosnotes.h"

#include <algorithm>

namespace {

QString family(const QStringList &w)
{
    const QString &a = w.value(0);
    const QString &b = w.value(1);
    if (a == u"crypto") {
        const bool three = b == u"ikev2" || b == u"isakmp" || b == u"ipsec" || b == u"pki";
        return QStringList(w.mid(0, three ? 3 : 2)).join(u' ');
    }
    if (a == u"ip")
        return QStringList(w.mid(0, b == u"local" || b == u"access-list" ? 3 : 2)).join(u' ');
    if (a == u"interface") {
        QString kind = b;
        while (!kind.isEmpty() && (kind.back().isDigit() || QStringLiteral("/.:").contains(kind.back())))
            kind.chop(1);
        return a + u' ' + kind;
    }
    return a;
}

QString statement(const IosLine &line, const SecretMask &mask)
{
    QStringList secrets;
    IosNotes::statement(line, &secrets);
    QStringList w = line.words;
    for (QString &word : w) {
        if (!secrets.contains(word))
            continue;
        const QString m = QString::fromUtf8(mask.apply(word.toUtf8()));
        word = m != word ? m : QStringLiteral("<secret:not-known>");
    }
    return (line.negated ? QStringLiteral("no ") : QString()) + w.join(u' ');
}

void block(const IosLine &line, const SecretMask &mask, int depth, QString *out)
{
    if (!out->isEmpty())
        *out += u'\n';
    *out += QString(depth, u' ') + statement(line, mask);
    for (const IosLine &c : line.children)
        block(c, mask, depth + 1, out);
}

} // namespace

namespace IosView {

ConfigView read(const QString &text, const SecretMask &mask)
{
    ConfigView view;
    ImportLog ignored; // the box's import reported its errors already
    for (const IosLine &line : IosConfigParser::parse(text, QString(), ignored)) {
        if (line.words.value(0) == u"end")
            continue;
        QString entry;
        block(line, mask, 0, &entry);
        view.entries.append({family(line.words), entry});
    }
    return view;
}

bool vpnGroup(const QString &group)
{
    static const QStringList prefixes{QStringLiteral("crypto "), QStringLiteral("interface Tunnel"),
                                      QStringLiteral("interface Virtual-Template"), QStringLiteral("ip route"),
                                      QStringLiteral("ip local pool"), QStringLiteral("ip access-list"),
                                      QStringLiteral("access-list"), QStringLiteral("vpdn"),
                                      QStringLiteral("username"), QStringLiteral("aaa")};
    return std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString &p) { return group.startsWith(p); });
}

} // namespace IosView
