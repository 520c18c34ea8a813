#include "core/net/ipv4prefix.h"

#include "core/net/dottedquad.h"

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
    char16_t text[18];
    qsizetype n = DottedQuad::write(m_address.value(), text);
    text[n++] = u'/';
    if (m_length >= 10)
        text[n++] = char16_t(u'0' + m_length / 10);
    text[n++] = char16_t(u'0' + m_length % 10);
    return QString(reinterpret_cast<const QChar *>(text), n);
}
