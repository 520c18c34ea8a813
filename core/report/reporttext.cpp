#include "core/report/reporttext.h"

#include "core/validation/validator.h"

namespace ReportText {

QString finding(const Finding &f)
{
    QString line = QStringLiteral("%1 %2: %3").arg(Finding::severityName(f.severity), f.code,
                                                   f.message);
    if (!f.paths.isEmpty())
        line += QStringLiteral(" [%1]").arg(f.paths.join(QStringLiteral(", ")));
    return line;
}

QString findings(const QList<Finding> &list)
{
    QString out;
    for (const Finding &f : list)
        out += finding(f) + u'\n';
    out += QStringLiteral("%1 error(s), %2 warning(s), %3 note(s)\n")
               .arg(Validator::count(list, Finding::Severity::Error))
               .arg(Validator::count(list, Finding::Severity::Warning))
               .arg(Validator::count(list, Finding::Severity::Info));
    return out;
}

QString routes(const QList<Route> &list)
{
    QString out;
    QString currentBox;
    for (const Route &r : list) {
        const QString box = (r.boxKind == Route::BoxKind::Site ? QStringLiteral("site ")
                                                                 : QStringLiteral("profile "))
                            + r.box;
        if (box != currentBox) {
            out += (currentBox.isEmpty() ? QString() : QStringLiteral("\n")) + box + u'\n';
            currentBox = box;
        }
        out += QStringLiteral("  %1 via %2  # %3\n")
                   .arg(r.destination.toString(), -18)
                   .arg(r.viaText(), r.reason);
    }
    if (list.isEmpty())
        out = QStringLiteral("(no routes)\n");
    return out;
}

} // namespace ReportText
