#include "core/import/pppwords.h"

namespace PppWords {

std::optional<QList<Word>> split(const QString &text, int *errorLine)
{
    QList<Word> out;
    int line = 1;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            ++line;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'#') {
            while (i < text.size() && text.at(i) != u'\n')
                ++i;
            continue;
        }
        Word w{{}, line, false};
        bool inQuotes = false;
        while (i < text.size()) {
            const QChar d = text.at(i);
            if (d == u'\n' && inQuotes) {
                *errorLine = w.line;
                return std::nullopt;
            }
            if (!inQuotes && d.isSpace())
                break;
            ++i;
            if (d == u'"') {
                inQuotes = !inQuotes;
                w.quoted = true;
                continue;
            }
            if (d == u'\\' && i < text.size() && text.at(i) != u'\n') {
                w.text += text.at(i++);
                w.quoted = true;
                continue;
            }
            w.text += d;
        }
        if (inQuotes) {
            *errorLine = w.line;
            return std::nullopt;
        }
        out.append(w);
    }
    return out;
}

} // namespace PppWords
