#include "core/import/routescriptparser.h"

#include "core/import/shelllexer.h"

#include <QMap>
#include <QSet>

namespace {

using Token = ShellLexer::Token;

bool isIp(const QString &w)
{
    return w == u"ip" || w == u"/sbin/ip" || w == u"/usr/sbin/ip" || w == u"/bin/ip" || w == u"/usr/bin/ip";
}

bool isAssignment(const QString &w)
{
    const qsizetype eq = w.indexOf(u'=');
    if (eq <= 0)
        return false;
    for (qsizetype i = 0; i < eq; ++i) {
        if (!w.at(i).isLetterOrNumber() && w.at(i) != u'_')
            return false;
    }
    return true;
}

struct Context
{
    QString subject;
    QString pattern;
};

class Scanner
{
public:
    explicit Scanner(const QString &file) : m_file(file) {}

    void scan(const QList<Token> &tokens, int lineOffset);
    QList<ScriptRoute> routes;

private:
    void command(QList<Token> words, int lineOffset);
    std::optional<ScriptRoute> route(const QList<Token> &words, int lineOffset) const;

    QString m_file;
    QList<Context> m_case;             // innermost last
    QList<int> m_caseState;            // 0: expecting "in", 1: pattern, 2: arm body
    QString m_function;                // the function being defined
    int m_braces = 0;
    QMap<QString, ScriptRoute> m_functions; // name -> route template ("$1" destination)
};

std::optional<ScriptRoute> Scanner::route(const QList<Token> &w, int lineOffset) const
{
    static const QSet<QString> verbs{QStringLiteral("add"), QStringLiteral("replace"),
                                     QStringLiteral("append"), QStringLiteral("del"),
                                     QStringLiteral("delete")};
    if (w.size() < 4 || !isIp(w.at(0).text) || !QStringLiteral("route").startsWith(w.at(1).text)
        || !verbs.contains(w.at(2).text))
        return std::nullopt;
    ScriptRoute r;
    r.verb = w.at(2).text == u"delete" ? QStringLiteral("del") : w.at(2).text;
    r.place = {m_file, w.at(0).line + lineOffset};
    qsizetype i = 3;
    if (w.at(i).text == u"to")
        ++i;
    if (i < w.size())
        r.destination = w.at(i++).text;
    for (; i < w.size(); ++i) {
        const QString &k = w.at(i).text;
        if ((k == u"dev" || k == u"via") && i + 1 < w.size()) {
            (k == u"dev" ? r.dev : r.via) = w.at(++i).text;
            continue;
        }
        if (k.startsWith(u'2') && k.contains(u'>'))
            continue; // a redirection such as 2>&1 (the lexer keeps it in one word)
        r.options.append(k);
    }
    if (!m_case.isEmpty()) {
        r.subject = m_case.last().subject;
        r.pattern = m_case.last().pattern;
    }
    return r;
}

void Scanner::command(QList<Token> words, int lineOffset)
{
    static const QSet<QString> keywords{QStringLiteral("if"), QStringLiteral("then"),
                                        QStringLiteral("else"), QStringLiteral("elif"),
                                        QStringLiteral("fi"), QStringLiteral("!"),
                                        QStringLiteral("do"), QStringLiteral("done"),
                                        QStringLiteral("while"), QStringLiteral("until"),
                                        QStringLiteral("{"), QStringLiteral("}")};
    while (!words.isEmpty()) {
        const Token &t = words.constFirst();
        if (t.text == u"{" && !m_function.isEmpty())
            ++m_braces;
        if (t.text == u"}" && !m_function.isEmpty() && --m_braces == 0)
            m_function.clear();
        if (!keywords.contains(t.text) && !isAssignment(t.text))
            break;
        for (const QString &inner : t.substitutions) {
            int errorLine = 0;
            if (const auto sub = ShellLexer::split(inner, &errorLine))
                scan(*sub, t.line - 1 + lineOffset);
        }
        words.removeFirst();
    }
    if (words.isEmpty())
        return;
    for (const Token &t : words) {
        for (const QString &inner : t.substitutions) {
            int errorLine = 0;
            if (const auto sub = ShellLexer::split(inner, &errorLine))
                scan(*sub, t.line - 1 + lineOffset);
        }
    }
    if (auto r = route(words, lineOffset)) {
        if (!m_function.isEmpty() && r->destination == u"$1")
            m_functions.insert(m_function, *r);
        else
            routes.append(*r);
        return;
    }
    const auto f = m_functions.constFind(words.constFirst().text);
    if (f != m_functions.cend() && words.size() >= 2) {
        ScriptRoute r = *f;
        r.destination = words.at(1).text;
        r.place = {m_file, words.constFirst().line + lineOffset};
        r.subject = m_case.isEmpty() ? QString() : m_case.last().subject;
        r.pattern = m_case.isEmpty() ? QString() : m_case.last().pattern;
        routes.append(r);
    }
}

void Scanner::scan(const QList<Token> &tokens, int lineOffset)
{
    QList<Token> words;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        const bool atStart = words.isEmpty();
        if (t.type == Token::Type::Word) {
            if (atStart && t.text == u"case" && i + 1 < tokens.size()) {
                m_case.append({tokens.at(++i).text, {}});
                m_caseState.append(0);
                continue;
            }
            if (!m_caseState.isEmpty() && m_caseState.last() == 0 && t.text == u"in") {
                m_caseState.last() = 1;
                continue;
            }
            if (atStart && t.text == u"esac" && !m_case.isEmpty()) {
                m_case.removeLast();
                m_caseState.removeLast();
                continue;
            }
            if (!m_caseState.isEmpty() && m_caseState.last() == 1) {
                m_case.last().pattern += t.text;
                continue;
            }
            words.append(t);
            continue;
        }
        if (t.type == Token::Type::Operator && t.text == u"(" && words.size() == 1
            && i + 1 < tokens.size() && tokens.at(i + 1).text == u")") {
            m_function = words.constFirst().text; // name() { ... }
            m_braces = 0;
            words.clear();
            ++i;
            continue;
        }
        if (t.type == Token::Type::Operator && t.text == u")" && !m_caseState.isEmpty()
            && m_caseState.last() == 1) {
            m_caseState.last() = 2;
            continue;
        }
        if (t.type == Token::Type::Operator && t.text == u"|" && !m_caseState.isEmpty()
            && m_caseState.last() == 1) {
            m_case.last().pattern += t.text;
            continue;
        }
        command(words, lineOffset);
        words.clear();
        if (t.type == Token::Type::Operator && t.text == u";;" && !m_caseState.isEmpty()) {
            m_caseState.last() = 1;
            m_case.last().pattern.clear();
        }
    }
    command(words, lineOffset);
}

} // namespace

namespace RouteScriptParser {

QList<ScriptRoute> parse(const QString &text, const QString &file, ImportLog &log)
{
    int errorLine = 0;
    const auto tokens = ShellLexer::split(text, &errorLine);
    if (!tokens) {
        log.error({file, errorLine}, QStringLiteral("unterminated quote or $(...)"));
        return {};
    }
    Scanner s(file);
    s.scan(*tokens, 0);
    return s.routes;
}

} // namespace RouteScriptParser
