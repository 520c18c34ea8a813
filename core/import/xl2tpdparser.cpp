#include "core/import/xl2tpdparser.h"

namespace Xl2tpdParser {

QList<Xl2tpdSection> parse(const QString &text, const QString &file, ImportLog &log)
{
    QList<Xl2tpdSection> out;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const SourcePlace place{file, i + 1};
        QString line = lines.at(i);
        const qsizetype semicolon = line.indexOf(u';');
        if (semicolon >= 0)
            line.truncate(semicolon);
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']')) {
                log.error(place, QStringLiteral("a section header is \"[type name]\""));
                return {};
            }
            const QStringList words = line.mid(1, line.size() - 2).simplified().split(u' ', Qt::SkipEmptyParts);
            const QString type = words.value(0).toLower();
            const bool global = type == u"global" && words.size() == 1;
            if (!global && !((type == u"lns" || type == u"lac") && words.size() == 2)) {
                log.error(place, QStringLiteral("unknown section header (expected [global], [lns NAME] or [lac NAME])"));
                return {};
            }
            out.append({type, words.value(1), place, {}});
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) {
            log.error(place, QStringLiteral("expected \"key = value\""));
            return {};
        }
        if (out.isEmpty()) {
            log.error(place, QStringLiteral("a setting before the first [section]"));
            return {};
        }
        out.last().params.append({line.left(eq).simplified().toLower(), line.mid(eq + 1).trimmed(), place});
    }
    return out;
}

} // namespace Xl2tpdParser
