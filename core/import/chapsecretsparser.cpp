#include "core/import/chapsecretsparser.h"

#include "core/import/pppwords.h"

namespace ChapSecretsParser {

QList<ChapSecret> parse(const QString &text, const QString &file, ImportLog &log)
{
    int errorLine = 0;
    const auto words = PppWords::split(text, &errorLine);
    if (!words) {
        log.error({file, errorLine}, QStringLiteral("unterminated double quote"));
        return {};
    }
    QList<ChapSecret> out;
    for (qsizetype i = 0; i < words->size();) {
        const int line = words->at(i).line;
        QList<PppWords::Word> row;
        while (i < words->size() && words->at(i).line == line)
            row.append(words->at(i++));
        const SourcePlace place{file, line};
        if (row.size() < 3) {
            log.error(place, QStringLiteral("a secret needs client, server and secret"));
            continue;
        }
        ChapSecret s;
        s.client = row.at(0).text;
        s.server = row.at(1).text;
        s.secret = row.at(2).text;
        s.clientWildcard = s.client == u"*" && !row.at(0).quoted;
        s.serverWildcard = s.server == u"*" && !row.at(1).quoted;
        for (qsizetype k = 3; k < row.size(); ++k)
            s.addresses.append(row.at(k).text);
        s.place = place;
        out.append(s);
    }
    return out;
}

} // namespace ChapSecretsParser
