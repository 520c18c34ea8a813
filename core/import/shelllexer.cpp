#include "core/import/shelllexer.h"

namespace {

bool isOperatorChar(QChar c)
{
    return c == u';' || c == u'&' || c == u'|' || c == u'(' || c == u')';
}

// The text of "$(" ... ")" starting after "$(", nested parentheses balanced.
bool substitution(const QString &text, qsizetype *i, int *line, QString *out)
{
    int depth = 1;
    while (*i < text.size()) {
        const QChar c = text.at((*i)++);
        if (c == u'\n')
            ++*line;
        if (c == u'(')
            ++depth;
        if (c == u')' && --depth == 0)
            return true;
        *out += c;
    }
    return false;
}

} // namespace

namespace ShellLexer {

std::optional<QList<Token>> split(const QString &text, int *errorLine)
{
    QList<Token> out;
    int line = 1;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            i += 2; // line continuation
            ++line;
            continue;
        }
        if (c == u'\n') {
            out.append({Token::Type::Newline, {}, line++, {}});
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
        if (isOperatorChar(c)) {
            QString op(c);
            if (i + 1 < text.size() && text.at(i + 1) == c && c != u'(' && c != u')')
                op += c;
            i += op.size();
            out.append({Token::Type::Operator, op, line, {}});
            continue;
        }
        Token w{Token::Type::Word, {}, line, {}};
        QChar quote;
        while (i < text.size()) {
            const QChar d = text.at(i);
            if (quote.isNull() && (d.isSpace() || isOperatorChar(d)))
                break;
            ++i;
            if (quote.isNull() && (d == u'\'' || d == u'"')) {
                quote = d;
                continue;
            }
            if (!quote.isNull() && d == quote) {
                quote = QChar();
                continue;
            }
            if (d == u'\n')
                ++line;
            if (d == u'\\' && quote != u'\'' && i < text.size()) {
                w.text += text.at(i++);
                continue;
            }
            if (d == u'$' && quote != u'\'' && i < text.size() && text.at(i) == u'(') {
                ++i;
                QString inner;
                if (!substitution(text, &i, &line, &inner)) {
                    *errorLine = w.line;
                    return std::nullopt;
                }
                w.substitutions.append(inner);
                w.text += QStringLiteral("$(") + inner + u')';
                continue;
            }
            w.text += d;
        }
        if (!quote.isNull()) {
            *errorLine = w.line;
            return std::nullopt;
        }
        out.append(w);
    }
    return out;
}

} // namespace ShellLexer
