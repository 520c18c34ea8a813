#include "core/import/routerosview.h"

#include "core/import/importlog.h"
#include "core/import/routerosparser.h"

#include <QRegularExpression>
#include <algorithm>

namespace {

bool isSecret(const QString &key)
{
    return key.contains(QLatin1String("secret")) || key.contains(QLatin1String("password"))
           || key == u"pre-shared-key";
}

bool isDefault(const QString &menu, const RouterOsParam &p)
{
    struct Default
    {
        const char *menu;
        const char *key;
        const char *value;
    };
    static const Default defaults[] = {
        {"ip ipsec policy", "action", "encrypt"},
        {"ip ipsec identity", "auth-method", "pre-shared-key"},
        {"ip ipsec peer", "exchange-mode", "main"},
        {"ip ipsec peer", "passive", "no"},
    };
    return std::any_of(std::begin(defaults), std::end(defaults), [&](const Default &d) {
        return menu == QLatin1String(d.menu) && p.key == QLatin1String(d.key) && p.value == QLatin1String(d.value);
    });
}

QString quoted(const QString &v)
{
    static const QRegularExpression plain(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._/:,@+*-]+")));
    if (plain.match(v).hasMatch())
        return v;
    QString out = QStringLiteral("\"");
    for (const QChar c : v)
        out += (c == u'"' || c == u'\\') ? QStringLiteral("\\") + c : QString(c);
    return out + u'"';
}

void add(const QList<RouterOsCommand> &commands, const SecretMask &mask, ConfigView *view, int depth)
{
    for (const RouterOsCommand &c : commands) {
        if (c.script) {
            if (c.scriptText == u":do" && !c.block.isEmpty() && depth < 4) {
                ImportLog ignored; // the box's import reported its errors already
                add(RouterOsParser::parse(c.block, c.place.file, ignored), mask, view, depth + 1);
            } else {
                ++view->skipped[QStringLiteral("%1 (a script command)").arg(c.scriptText)];
            }
            continue;
        }
        if (c.verb != u"add" && c.verb != u"set") {
            if (c.verb != u"remove")
                ++view->skipped[c.menu];
            continue;
        }
        QStringList params;
        for (const RouterOsParam &p : c.params) {
            if (p.key == u"place-before" || isDefault(c.menu, p))
                continue;
            QString value = p.value;
            if (isSecret(p.key) && !value.isEmpty()) {
                const QString m = QString::fromUtf8(mask.apply(value.toUtf8()));
                value = m != value ? m : QStringLiteral("<secret:not-known>");
            }
            params << p.key + u'=' + quoted(value);
        }
        params.sort();
        QStringList parts{u'/' + c.menu, c.verb};
        parts += c.unnamed;
        view->entries.append({c.menu, (parts + params).join(u' ')});
    }
}

} // namespace

namespace RouterOsView {

ConfigView read(const QString &text, const SecretMask &mask)
{
    ConfigView view;
    ImportLog ignored;
    add(RouterOsParser::parse(text, QString(), ignored), mask, &view, 0);
    return view;
}

bool vpnGroup(const QString &group)
{
    return group.startsWith(QLatin1String("ip ipsec")) || group.startsWith(QLatin1String("interface l2tp"))
           || group.startsWith(QLatin1String("ppp ")) || group == u"ip pool" || group == u"ip route"
           || group == u"ip firewall nat";
}

} // namespace RouterOsView
