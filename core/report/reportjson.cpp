#include "core/report/reportjson.h"

#include <QJsonObject>

namespace ReportJson {

QJsonArray findings(const QList<Finding> &findings)
{
    QJsonArray out;
    for (const Finding &f : findings) {
        out.append(QJsonObject{{QStringLiteral("severity"), Finding::severityName(f.severity)},
                               {QStringLiteral("code"), f.code},
                               {QStringLiteral("message"), f.message},
                               {QStringLiteral("objects"), QJsonArray::fromStringList(f.objects)},
                               {QStringLiteral("paths"), QJsonArray::fromStringList(f.paths)}});
    }
    return out;
}

QJsonArray routes(const QList<Route> &routes)
{
    QJsonArray out;
    for (const Route &r : routes) {
        QJsonObject o{{QStringLiteral("box"), r.box},
                      {QStringLiteral("boxKind"), r.boxKind == Route::BoxKind::Site
                                                      ? QStringLiteral("site")
                                                      : QStringLiteral("profile")},
                      {QStringLiteral("destination"), r.destination.toString()},
                      {QStringLiteral("via"), r.via == Route::Via::Link
                                                  ? QStringLiteral("link")
                                                  : QStringLiteral("client-tunnel")},
                      {QStringLiteral("peer"), r.peer},
                      {QStringLiteral("transport"), Enums::toString(r.transport)},
                      {QStringLiteral("reason"), r.reason}};
        if (!r.link.isEmpty()) {
            o.insert(QStringLiteral("link"), r.link);
            o.insert(QStringLiteral("role"), Enums::toString(r.backup ? LinkRole::Backup
                                                                      : LinkRole::Primary));
            o.insert(QStringLiteral("metric"), r.metric);
        }
        out.append(o);
    }
    return out;
}

} // namespace ReportJson
