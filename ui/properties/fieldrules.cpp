#include "ui/properties/fieldrules.h"

#include "core/validation/valuerules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace {

// lupdate needs a class context for tr() outside classes.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FieldRules)
};

constexpr int kMaxNameLength = 200;

// A typed value inside a message: control and format characters escaped, cut short.
QString shown(const QString &text) { return ValueRules::escapeControls(text.left(64)); }

template <typename F>
QString listProblem(const QString &text, F itemProblem)
{
    for (const QString &item : FieldRules::splitList(text)) {
        const QString p = itemProblem(item);
        if (!p.isEmpty())
            return p;
    }
    return {};
}

} // namespace

namespace FieldRules {

// Each rule asks ValueRules, the validator's own rules, whether the value is
// acceptable; only the words for the user (translated) are the field's own.
QString idProblem(const QString &text)
{
    if (text.isEmpty())
        return Tr::tr("An id is required.");
    if (!ValueRules::idProblem(text).isEmpty())
        return Tr::tr("Use lowercase letters, digits and “-” (up to 63, starting with a letter or "
                      "digit).");
    return {};
}

QString nameProblem(const QString &text)
{
    if (ValueRules::nameProblem(text).isEmpty())
        return {};
    if (text.size() > kMaxNameLength)
        return Tr::tr("Names have at most %1 characters.").arg(kMaxNameLength);
    return Tr::tr("Names cannot contain control, invisible formatting or text-direction "
                  "characters.");
}

QString hostProblem(const QString &text)
{
    if (text.isEmpty())
        return Tr::tr("A public address is required.");
    if (Ipv4Address::parse(text) || ValueRules::dnsNameProblem(text).isEmpty())
        return {};
    const bool digitsAndDots = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c == u'.' || (c >= u'0' && c <= u'9');
    });
    if (digitsAndDots)
        return Tr::tr("“%1” is not a valid IPv4 address.").arg(shown(text));
    if (text.size() > 253)
        return Tr::tr("A DNS name has at most 253 characters.");
    return Tr::tr("“%1” is neither an IPv4 address nor a DNS name (letters, digits, “-”, "
                  "labels of 1–63 characters).")
        .arg(shown(text));
}

QString addressProblem(const QString &text)
{
    if (text.isEmpty())
        return Tr::tr("An IPv4 address is required.");
    if (!Ipv4Address::parse(text))
        return Tr::tr("“%1” is not an IPv4 address (like 10.8.0.1).").arg(shown(text));
    return {};
}

QString prefixProblem(const QString &text)
{
    if (text.isEmpty())
        return Tr::tr("A prefix is required.");
    if (!Ipv4Prefix::parse(text))
        return Tr::tr("“%1” is not an IPv4 prefix (like 10.20.0.0/16).").arg(shown(text));
    return {};
}

QString secretNameProblem(const QString &text)
{
    if (text.isEmpty())
        return Tr::tr("A secret name is required.");
    if (!ValueRules::secretNameProblem(text).isEmpty())
        return Tr::tr("Use letters, digits, “.”, “_” and “-” (up to 64).");
    return {};
}

QString dnsDomainProblem(const QString &text)
{
    if (text.isEmpty() || ValueRules::dnsNameProblem(text).isEmpty())
        return {};
    return Tr::tr("“%1” is not a DNS domain (like corp.example: letters, digits, “-”, labels of "
                  "1–63 characters).")
        .arg(shown(text));
}

QString userNameProblem(const QString &text)
{
    if (!ValueRules::userNameProblem(text).isEmpty())
        return Tr::tr("“%1” is not a valid user name (letters, digits, “.”, “_”, “@”, “-”).")
            .arg(shown(text));
    return {};
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString prefixListProblem(const QString &text) { return listProblem(text, prefixProblem); }
QString addressListProblem(const QString &text) { return listProblem(text, addressProblem); }
QString userListProblem(const QString &text) { return listProblem(text, userNameProblem); }

QList<Ipv4Prefix> prefixes(const QString &text)
{
    QList<Ipv4Prefix> out;
    for (const QString &item : splitList(text)) {
        if (const auto p = Ipv4Prefix::parse(item))
            out << *p;
    }
    return out;
}

QList<Ipv4Address> addresses(const QString &text)
{
    QList<Ipv4Address> out;
    for (const QString &item : splitList(text)) {
        if (const auto a = Ipv4Address::parse(item))
            out << *a;
    }
    return out;
}

QString joinPrefixes(const QList<Ipv4Prefix> &list)
{
    QStringList parts;
    for (const Ipv4Prefix &p : list)
        parts << p.toString();
    return parts.join(QStringLiteral(", "));
}

QString joinAddresses(const QList<Ipv4Address> &list)
{
    QStringList parts;
    for (const Ipv4Address &a : list)
        parts << a.toString();
    return parts.join(QStringLiteral(", "));
}

} // namespace FieldRules
