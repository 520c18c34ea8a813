#include "core/import/pppoptionsparser.h"

#include "core/import/pppwords.h"

#include <QSet>

namespace PppOptionsParser {

int arity(const QString &option)
{
    // pppd(8) options that take one argument; the rest of pppd's options take none.
    static const QSet<QString> one{
        QStringLiteral("name"), QStringLiteral("remotename"), QStringLiteral("user"),
        QStringLiteral("password"), QStringLiteral("ipparam"), QStringLiteral("ms-dns"),
        QStringLiteral("ms-wins"), QStringLiteral("mtu"), QStringLiteral("mru"),
        QStringLiteral("lcp-echo-interval"), QStringLiteral("lcp-echo-failure"),
        QStringLiteral("lcp-max-configure"), QStringLiteral("lcp-max-failure"),
        QStringLiteral("lcp-max-terminate"), QStringLiteral("lcp-restart"),
        QStringLiteral("ipcp-max-configure"), QStringLiteral("ipcp-max-failure"),
        QStringLiteral("ipcp-max-terminate"), QStringLiteral("ipcp-restart"),
        QStringLiteral("chap-interval"), QStringLiteral("chap-max-challenge"),
        QStringLiteral("chap-restart"), QStringLiteral("pap-max-authreq"),
        QStringLiteral("pap-restart"), QStringLiteral("pap-timeout"), QStringLiteral("idle"),
        QStringLiteral("maxfail"), QStringLiteral("holdoff"), QStringLiteral("connect-delay"),
        QStringLiteral("logfile"), QStringLiteral("logfd"), QStringLiteral("file"),
        QStringLiteral("call"), QStringLiteral("plugin"), QStringLiteral("connect"),
        QStringLiteral("disconnect"), QStringLiteral("init"), QStringLiteral("welcome"),
        QStringLiteral("asyncmap"), QStringLiteral("escape"), QStringLiteral("domain"),
        QStringLiteral("linkname"), QStringLiteral("unit"), QStringLiteral("ifname"),
        QStringLiteral("kdebug"), QStringLiteral("maxconnect"), QStringLiteral("active-filter"),
        QStringLiteral("pass-filter"), QStringLiteral("ip-up-script"),
        QStringLiteral("ip-down-script"), QStringLiteral("netmask"), QStringLiteral("speed"),
        QStringLiteral("mp"), QStringLiteral("mrru"), QStringLiteral("remotenumber"),
        QStringLiteral("privgroup"), QStringLiteral("ipv6"), QStringLiteral("lcp-echo-adaptive-interval")};
    return one.contains(option) ? 1 : 0;
}

QList<PppOption> parse(const QString &text, const QString &file, ImportLog &log)
{
    int errorLine = 0;
    const auto words = PppWords::split(text, &errorLine);
    if (!words) {
        log.error({file, errorLine}, QStringLiteral("unterminated double quote"));
        return {};
    }
    QList<PppOption> out;
    for (qsizetype i = 0; i < words->size(); ++i) {
        const PppWords::Word &w = words->at(i);
        PppOption o{w.text, {}, {file, w.line}};
        const int n = arity(w.text);
        if (i + n >= words->size()) {
            log.error(o.place, QStringLiteral("option %1 needs an argument").arg(w.text));
            return {};
        }
        for (int k = 0; k < n; ++k)
            o.args.append(words->at(++i).text);
        out.append(o);
    }
    return out;
}

} // namespace PppOptionsParser
