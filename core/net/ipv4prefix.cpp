#include "core/net/ipv4prefix.h"

std::optional<Ipv4Prefix> Ipv4Prefix::parse(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return std::nullopt;
    const auto address = Ipv4Address::parse(text.left(slash));
    const QStringView len = text.mid(slash + 1);
    if (!address || len.isEmpty() || len.size() > 2 || (len.size() == 2 && len[0] == u'0'))
        return std::nullopt;
    int length = 0;
    for (QChar c : len) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        length = length * 10 + (c.unicode() - u'0');
    }
    if (length > 32)
        return std::nullopt;
    return Ipv4Prefix(*address, length);
}

QString Ipv4Prefix::toString() const
{
    return m_address.toString() + u'/' + QString::number(m_length);
}
