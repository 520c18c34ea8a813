#include "core/check/livechecks.h"

#include "core/check/nftrules.h"

#include <QRegularExpression>
#include <QSet>

void LiveChecks::firewall(const QByteArray &generatedNft, const LiveState &live,
                          QList<CheckFinding> &out)
{
    if (!live.nft)
        return;
    const QString family = QStringLiteral("inet");
    const QString table = QStringLiteral("routestudio");
    const QString load = QStringLiteral("nft -f /etc/nftables.d/routestudio.nft (the generated ruleset)");
    if (!NftRules::hasTable(*live.nft, family, table)) {
        out.append({QStringLiteral("firewall-missing"),
                    QStringLiteral("the generated firewall is not loaded: no table inet routestudio "
                                   "(IKE, ESP, the L2TP-only-under-IPsec rule, the forward accept "
                                   "between routed subnets and the MSS clamp are all missing)"),
                    QStringLiteral("nft list ruleset has no table inet routestudio"), load});
        return;
    }
    QSet<QString> loaded;
    int clamps = 0;
    for (const QJsonObject &r : NftRules::rules(*live.nft, family, table)) {
        loaded.insert(r.value(QLatin1String("comment")).toString());
        clamps += NftRules::text(r).contains(QLatin1String("\"maxseg\"")) ? 1 : 0;
    }
    // What the generated ruleset holds: its commented rules and its clamps.
    static const QRegularExpression comment(QStringLiteral("comment \"([^\"]*)\""));
    const QString text = QString::fromUtf8(generatedNft);
    for (auto it = comment.globalMatch(text); it.hasNext();) {
        const QString c = it.next().captured(1);
        if (loaded.contains(c))
            continue;
        out.append({QStringLiteral("firewall-rule-missing"),
                    QStringLiteral("the loaded table inet routestudio lacks the rule \"%1\"").arg(c),
                    QStringLiteral("nft list table inet routestudio: no rule with comment \"%1\"").arg(c),
                    load});
    }
    const int planned = int(text.count(QLatin1String("maxseg size set rt mtu")));
    if (clamps < planned) {
        out.append({QStringLiteral("mss-clamp-missing"),
                    QStringLiteral("TCP MSS clamping is missing (%1 of %2 rules loaded): TCP through "
                                   "the tunnel stalls on large segments")
                        .arg(clamps)
                        .arg(planned),
                    QStringLiteral("nft list chain inet routestudio forward: %1 rule(s) with "
                                   "\"tcp option maxseg size set rt mtu\"")
                        .arg(clamps),
                    load});
    }
}
