#include "core/generators/common/targetsyntax.h"

#include "core/net/ipv4address.h"
#include "core/validation/valuerules.h"

#include <QRegularExpression>

namespace TargetSyntax {

QString base64Secret(const QString &secret)
{
    return QStringLiteral("0s") + QString::fromLatin1(secret.toUtf8().toBase64());
}

QString shellQuote(const QString &value)
{
    Q_ASSERT(!value.contains(u'\n') && !value.contains(u'\r'));
    QString out = value;
    out.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + out + u'\'';
}

QString pppQuote(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    out += u'"';
    return out;
}

QString nftString(const QString &value)
{
    Q_ASSERT(isInterfaceName(QString(value).remove(u'*'), true));
    return u'"' + value + u'"';
}

bool isIpv4Literal(const QString &text) { return Ipv4Address::parse(text).has_value(); }

bool isInterfaceName(const QString &name, bool allowWildcard)
{
    if (!allowWildcard)
        return ValueRules::isInterfaceName(name);
    // anchoredPattern (\A...\z): a plain "$" also matches before a final newline.
    static const QRegularExpression wild(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._+-]{0,14}")));
    return wild.match(name).hasMatch();
}

bool isPlainToken(const QString &value)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._@:/-]+")));
    return re.match(value).hasMatch();
}

} // namespace TargetSyntax
