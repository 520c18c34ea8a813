#include "core/validation/valuerules.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace {

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isLowerAlnum(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); }

QString hex4(QChar c)
{
    return QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
}

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7f || c.category() == QChar::Other_Control
           || c.category() == QChar::Other_Format || u == 0x2028 || u == 0x2029;
}

QString escapeControl(QChar c)
{
    return c == u'\n' ? QStringLiteral("\\n") : QStringLiteral("\\u%1").arg(hex4(c));
}

// How to name one offending character in a message.
QString describeChar(QChar c)
{
    switch (c.unicode()) {
    case u'\n': return QStringLiteral("a newline");
    case u'\r': return QStringLiteral("a carriage return");
    case u'\t': return QStringLiteral("a tab");
    case u' ': return QStringLiteral("a space");
    default: break;
    }
    if (c.unicode() < 0x20 || c.unicode() > 0x7e)
        return QStringLiteral("the character U+%1").arg(hex4(c));
    return QStringLiteral("'%1'").arg(c);
}

// ^[first][rest]{0,max-1}$ with a message naming the first offending character.
template <typename First, typename Rest>
QString patternProblem(QStringView v, int max, First first, Rest rest, const char *allowed)
{
    if (v.isEmpty())
        return QStringLiteral("is empty");
    if (v.size() > max)
        return QStringLiteral("is %1 characters long (at most %2)").arg(v.size()).arg(max);
    for (qsizetype i = 0; i < v.size(); ++i) {
        const bool ok = i == 0 ? first(v[i]) : rest(v[i]);
        if (!ok) {
            return QStringLiteral("contains %1 at position %2 (allowed: %3)")
                .arg(describeChar(v[i]))
                .arg(i + 1)
                .arg(QString::fromLatin1(allowed));
        }
    }
    return {};
}

bool isSecretChar(QChar c)
{
    return isAsciiAlnum(c) || QStringView(u"-_.:+=@%^~!/").contains(c);
}

QString labelProblem(QStringView label)
{
    if (label.isEmpty())
        return QStringLiteral("has an empty label");
    if (label.size() > 63)
        return QStringLiteral("has a label of %1 characters (at most 63)").arg(label.size());
    if (label.front() == u'-' || label.back() == u'-')
        return QStringLiteral("has a label that starts or ends with '-'");
    for (QChar c : label) {
        if (!isAsciiAlnum(c) && c != u'-')
            return QStringLiteral("contains %1 (allowed: ASCII letters, digits, '-' and '.')")
                .arg(describeChar(c));
    }
    return {};
}

} // namespace

namespace ValueRules {

QString idProblem(QStringView id)
{
    return patternProblem(id, 63, isLowerAlnum,
                          [](QChar c) { return isLowerAlnum(c) || c == u'-'; },
                          "a-z, 0-9 and '-', not first");
}

QString secretNameProblem(QStringView name)
{
    return patternProblem(name, 64, isAsciiAlnum,
                          [](QChar c) { return isAsciiAlnum(c) || QStringView(u"._-").contains(c); },
                          "A-Z, a-z, 0-9 and '.', '_', '-', not first");
}

QString userNameProblem(QStringView name)
{
    return patternProblem(
        name, 64, isAsciiAlnum,
        [](QChar c) { return isAsciiAlnum(c) || QStringView(u"._@-").contains(c); },
        "A-Z, a-z, 0-9 and '.', '_', '@', '-', not first");
}

QString dnsNameProblem(QStringView name)
{
    if (name.isEmpty())
        return QStringLiteral("is empty");
    if (name.size() > 253)
        return QStringLiteral("is %1 characters long (at most 253)").arg(name.size());
    bool onlyDigitsAndDots = true;
    for (QChar c : name)
        onlyDigitsAndDots = onlyDigitsAndDots && ((c >= u'0' && c <= u'9') || c == u'.');
    if (onlyDigitsAndDots)
        return QStringLiteral("looks like an IPv4 address but is not one (four numbers 0-255, "
                              "no leading zeros)");
    for (QStringView label : name.split(u'.')) {
        const QString problem = labelProblem(label);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString nameProblem(QStringView name)
{
    if (name.size() > 200)
        return QStringLiteral("is %1 characters long (at most 200)").arg(name.size());
    // Control characters (C0, DEL, C1), line/paragraph separators and every
    // invisible format character: zero-width (U+200B-U+200F, U+2060, U+FEFF)
    // and bidirectional controls (U+202A-U+202E, U+2066-U+2069).
    for (QChar c : name) {
        if (isControl(c))
            return QStringLiteral("contains %1").arg(describeChar(c));
    }
    return {};
}

QString secretProblem(QStringView secret)
{
    if (secret.size() < 8)
        return QStringLiteral("is %1 characters long (at least 8)").arg(secret.size());
    if (secret.size() > 128)
        return QStringLiteral("is %1 characters long (at most 128)").arg(secret.size());
    qsizetype bad = 0;
    for (QChar c : secret)
        bad += isSecretChar(c) ? 0 : 1;
    if (bad > 0) {
        return QStringLiteral("contains %1 character(s) outside %2").arg(bad).arg(secretAlphabet());
    }
    if (secret.startsWith(u"0x", Qt::CaseInsensitive) || secret.startsWith(u"0s", Qt::CaseInsensitive))
        return QStringLiteral("starts with 0x or 0s, which strongSwan and NetworkManager-l2tp read "
                              "as hex or base64");
    return {};
}

QString escapeControls(const QString &text)
{
    if (std::none_of(text.begin(), text.end(), isControl))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text)
        out += isControl(c) ? escapeControl(c) : QString(c);
    return out;
}

QString quote(QStringView value)
{
    QString out = QStringLiteral("\"");
    const qsizetype shown = std::min<qsizetype>(value.size(), 64);
    for (qsizetype i = 0; i < shown; ++i) {
        const QChar c = value[i];
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (isControl(c))
            out += escapeControl(c);
        else
            out += c;
    }
    out += u'"';
    if (value.size() > shown)
        out += QStringLiteral(" (%1 characters)").arg(value.size());
    return out;
}

QString secretAlphabet() { return QStringLiteral("A-Z a-z 0-9 - _ . : + = @ % ^ ~ ! /"); }

bool isInterfaceName(QStringView name)
{
    // anchoredPattern (\A...\z): a plain "$" also matches before a final newline.
    static const QRegularExpression rule(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]{0,14}")));
    return rule.match(name).hasMatch();
}

} // namespace ValueRules
