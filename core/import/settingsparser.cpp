#include "core/import/settingsparser.h"

#include "core/import/importlimits.h"
#include "core/import/textsource.h"

namespace {

using Type = SettingsLexer::Type;

QString joined(const QString &path, const QString &name)
{
    return path.isEmpty() ? name : path + u'.' + name;
}

bool validName(const QString &name)
{
    return !name.isEmpty() && !name.contains(u'.');
}

} // namespace

bool SettingsParser::fail(const QString &file, int line, const QString &message)
{
    m_log.error({file, line}, message);
    return false;
}

bool SettingsParser::parseFile(const QString &file, SettingsSection &into, const QString &path)
{
    if (m_stack.contains(file))
        return fail(file, 0, QStringLiteral("includes itself (through %1)").arg(m_stack.join(QStringLiteral(" -> "))));
    if (m_stack.size() > ImportLimits::kMaxIncludeDepth)
        return fail(file, 0, QStringLiteral("includes nested deeper than %1").arg(ImportLimits::kMaxIncludeDepth));
    SourcePlace where;
    QString why;
    const auto text = TextSource::decode(m_tree.bytes(file), file, &where, &why);
    if (!text) {
        m_log.error(where, why);
        return false;
    }
    if (!m_read.contains(file))
        m_read.append(file);
    m_stack.append(file);
    SettingsLexer lexer(*text);
    SettingsSection parsed;
    const bool ok = parseBody(lexer, file, parsed, path, 0);
    m_stack.removeLast();
    if (ok)
        merge(into, parsed, path);
    return ok;
}

bool SettingsParser::parseBody(SettingsLexer &lexer, const QString &file, SettingsSection &section,
                               const QString &path, int depth)
{
    for (;;) {
        const SettingsLexer::Token t = lexer.next();
        switch (t.type) {
        case Type::Newline:
            continue;
        case Type::End:
            return depth == 0 || fail(file, t.line, QStringLiteral("missing '}' for section \"%1\"").arg(path));
        case Type::Close:
            return depth > 0 || fail(file, t.line, QStringLiteral("'}' without a section to close"));
        case Type::Name:
            break;
        default:
            return fail(file, t.line, t.type == Type::Invalid ? t.text
                                                              : QStringLiteral("expected a name, got '%1'").arg(t.text));
        }
        const SettingsLexer::Token after = lexer.next();
        if (t.text == u"include" && after.type == Type::Name) {
            if (!include(lexer, file, section, path, t.line, after.text))
                return false;
            continue;
        }
        if (!validName(t.text))
            return fail(file, t.line, QStringLiteral("'.' is not allowed in the name \"%1\"").arg(t.text));
        if (after.type == Type::Equals) {
            const SettingsLexer::Token v = lexer.restOfLine();
            if (v.type == Type::Invalid)
                return fail(file, v.line, v.text);
            setValue(section, {t.text, v.text, {file, t.line}}, path);
            continue;
        }
        QStringList refs;
        if (after.type == Type::Colon) {
            if (!references(lexer, file, &refs))
                return false;
        } else if (after.type != Type::Open) {
            return fail(file, after.line, QStringLiteral("expected '=' or '{' after \"%1\"").arg(t.text));
        }
        if (depth + 1 >= ImportLimits::kMaxSectionDepth)
            return fail(file, t.line, QStringLiteral("sections nested deeper than %1").arg(ImportLimits::kMaxSectionDepth));
        // Same-named sections extend each other: parse straight into the existing one.
        SettingsSection &child = section.child(t.text, {file, t.line});
        child.references += refs;
        if (!parseBody(lexer, file, child, joined(path, t.text), depth + 1))
            return false;
    }
}

bool SettingsParser::references(SettingsLexer &lexer, const QString &file, QStringList *out)
{
    for (;;) {
        const SettingsLexer::Token name = lexer.next();
        if (name.type != Type::Name)
            return fail(file, name.line, QStringLiteral("expected a section name to reference"));
        out->append(name.text);
        const SettingsLexer::Token sep = lexer.next();
        if (sep.type == Type::Open)
            return true;
        if (sep.type != Type::Comma)
            return fail(file, sep.line, QStringLiteral("expected ',' or '{' after a reference"));
    }
}

bool SettingsParser::include(SettingsLexer &lexer, const QString &file, SettingsSection &section,
                             const QString &path, int line, const QString &pattern)
{
    const SettingsLexer::Token end = lexer.next();
    if (end.type != Type::Newline && end.type != Type::End)
        return fail(file, line, QStringLiteral("include takes one file name without spaces"));
    const QString statement = u"include " + pattern;
    const SourceTree::Match m = m_tree.resolve(pattern, file);
    if (!m.refusal.isEmpty()) {
        m_log.error({file, line}, QStringLiteral("include refused: %1").arg(m.refusal));
        return true;
    }
    if (m.files.isEmpty()) {
        m_log.notRepresented({file, line}, statement, QStringLiteral("no file of the imported folder matches"));
        return true;
    }
    m_log.mapped({file, line}, statement, QStringLiteral("read %1").arg(m.files.join(QStringLiteral(", "))));
    for (const QString &f : m.files)
        parseFile(f, section, path); // an error in f is logged; this file goes on
    return true;
}

void SettingsParser::setValue(SettingsSection &into, const SettingsValue &value, const QString &path)
{
    if (const auto old = into.setValue(value))
        m_log.notRepresented(old->place, SettingsStatement::text(path, old->key, old->value),
                             QStringLiteral("replaced by %1").arg(value.place.toString()));
}

void SettingsParser::merge(SettingsSection &into, const SettingsSection &from, const QString &path)
{
    for (const SettingsValue &v : from.values)
        setValue(into, v, path);
    for (const SettingsSection &s : from.sections) {
        SettingsSection &mine = into.child(s.name, s.place);
        mine.references += s.references;
        merge(mine, s, joined(path, s.name));
    }
}
