#include "core/import/routerosparser.h"

#include "core/import/importlimits.h"
#include "core/import/routeroslexer.h"

using Token = RouterOsLexer::Token;
using Type = RouterOsLexer::Type;

const RouterOsParam *RouterOsCommand::param(const QString &key) const
{
    // The last one wins, as on the router.
    for (auto it = params.crbegin(); it != params.crend(); ++it) {
        if (it->key == key)
            return &*it;
    }
    return nullptr;
}

QString RouterOsCommand::value(const QString &key, const QString &fallback) const
{
    const RouterOsParam *p = param(key);
    return p ? p->value : fallback;
}

namespace {

bool isVerb(const QString &w)
{
    static const QStringList verbs{
        QStringLiteral("add"),    QStringLiteral("set"),     QStringLiteral("remove"),
        QStringLiteral("print"),  QStringLiteral("export"),  QStringLiteral("enable"),
        QStringLiteral("disable"), QStringLiteral("comment"), QStringLiteral("edit"),
        QStringLiteral("find"),   QStringLiteral("get"),     QStringLiteral("move"),
        QStringLiteral("reset"),  QStringLiteral("unset"),   QStringLiteral("monitor"),
        QStringLiteral("import"), QStringLiteral("run")};
    return verbs.contains(w);
}

QString tokenText(const Token &t)
{
    if (t.type != Type::String)
        return t.text;
    QString out = QStringLiteral("\"");
    for (const QChar c : t.text)
        out += (c == u'"' || c == u'\\') ? QStringLiteral("\\") + c : QString(c);
    return out + u'"';
}

class Parser
{
public:
    Parser(const QString &text, const QString &file, ImportLog &log) : m_lexer(text), m_file(file), m_log(log) {}

    QList<RouterOsCommand> run()
    {
        QList<RouterOsCommand> out;
        for (;;) {
            QList<Token> line;
            const Type end = command(&line);
            if (end == Type::Invalid)
                return out; // reported; nothing after a broken token can be trusted
            if (!line.isEmpty())
                interpret(line, &out);
            if (end == Type::End)
                return out;
        }
    }

private:
    // The tokens of one command line (groups included, their line ends inside).
    Type command(QList<Token> *line)
    {
        int depth = 0;
        for (;;) {
            Token t = m_lexer.next();
            if (t.type == Type::Invalid) {
                m_log.error({m_file, t.line}, t.text);
                return Type::Invalid;
            }
            if (t.type == Type::End) {
                if (depth == 0)
                    return Type::End;
                m_log.error({m_file, line->constFirst().line}, QStringLiteral("a bracket opened in this command is not closed"));
                return Type::Invalid;
            }
            if (t.type == Type::EndOfCommand && depth == 0)
                return Type::EndOfCommand;
            if (t.type == Type::Open && ++depth > ImportLimits::kMaxSectionDepth) {
                m_log.error({m_file, t.line}, QStringLiteral("brackets nested deeper than %1").arg(ImportLimits::kMaxSectionDepth));
                return Type::Invalid;
            }
            if (t.type == Type::Close && --depth < 0) {
                m_log.error({m_file, t.line}, QStringLiteral("\"%1\" closes nothing").arg(t.text));
                return Type::Invalid;
            }
            line->append(t);
        }
    }

    // A group's tokens from `i` (an Open) to its Close, as text; i ends after it.
    QString group(const QList<Token> &line, qsizetype &i) const
    {
        QString out;
        int depth = 0;
        for (; i < line.size(); ++i) {
            const Token &t = line.at(i);
            // One space between words; none inside the brackets ("[find name=x]").
            if (!out.isEmpty() && !t.glued && t.type != Type::Close && line.at(i - 1).type != Type::Open)
                out += u' ';
            out += tokenText(t);
            depth += t.type == Type::Open ? 1 : t.type == Type::Close ? -1 : 0;
            if (depth == 0) {
                ++i;
                break;
            }
        }
        return out;
    }

    void interpret(const QList<Token> &line, QList<RouterOsCommand> *out)
    {
        const Token &first = line.constFirst();
        RouterOsCommand c;
        c.place = {m_file, first.line};
        if ((first.type == Type::Word && first.text.startsWith(u':')) || first.type == Type::Open) {
            c.script = true;
            c.verb = c.scriptText = first.text;
            c.menu = m_menu.join(u' ');
            for (qsizetype i = 1; i < line.size(); ++i) {
                if (line.at(i).type == Type::Open && line.at(i).text == u"{") {
                    const QString g = group(line, i);
                    c.block = g.mid(1, g.size() - 2).trimmed();
                    break;
                }
            }
            out->append(c);
            return;
        }
        QStringList path = m_menu;
        qsizetype i = 0;
        if (first.type == Type::Word && first.text.startsWith(u'/')) {
            path = first.text.mid(1).split(u'/', Qt::SkipEmptyParts);
            i = 1;
        }
        for (; i < line.size(); ++i) {
            const Token &t = line.at(i);
            if (t.type != Type::Word || t.text.contains(u'=') || isVerb(t.text))
                break;
            if (t.text == u"..") {
                if (!path.isEmpty())
                    path.removeLast();
            } else {
                path += t.text.split(u'/', Qt::SkipEmptyParts);
            }
        }
        if (i == line.size()) {
            m_menu = path; // a menu line of the default export form
            return;
        }
        const Token &verb = line.at(i);
        if (verb.type != Type::Word || !isVerb(verb.text)) {
            m_log.error(c.place, QStringLiteral("expected a command (add, set, ...) after the menu path, found \"%1\"").arg(tokenText(verb)));
            return;
        }
        c.menu = path.join(u' ');
        c.verb = verb.text;
        for (++i; i < line.size();) {
            const Token &t = line.at(i);
            if (t.type == Type::Open) {
                c.unnamed << group(line, i);
                continue;
            }
            if (t.type == Type::Close) {
                ++i;
                continue;
            }
            const qsizetype eq = t.type == Type::Word ? t.text.indexOf(u'=') : -1;
            if (eq <= 0) {
                c.unnamed << t.text;
                ++i;
                continue;
            }
            RouterOsParam p;
            p.key = t.text.left(eq);
            p.value = t.text.mid(eq + 1);
            p.expression = t.variable;
            p.place = {m_file, t.line};
            ++i;
            if (p.value.isEmpty() && i < line.size() && line.at(i).glued) {
                const Token &v = line.at(i);
                if (v.type == Type::Open) {
                    p.value = group(line, i);
                    p.expression = true;
                } else if (v.type == Type::String || v.type == Type::Word) {
                    p.value = v.text;
                    p.expression = v.variable;
                    ++i;
                }
            }
            c.params.append(p);
        }
        out->append(c);
    }

    RouterOsLexer m_lexer;
    const QString &m_file;
    ImportLog &m_log;
    QStringList m_menu;
};

} // namespace

namespace RouterOsParser {

QList<RouterOsCommand> parse(const QString &text, const QString &file, ImportLog &log)
{
    return Parser(text, file, log).run();
}

} // namespace RouterOsParser
