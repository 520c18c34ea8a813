#include "core/net/ipv4address.h"

#include "core/net/dottedquad.h"
#include "core/net/ipv4prefix.h"

#include <array>

namespace {

// Parses one decimal octet starting at pos; advances pos. No leading zeros.
std::optional<quint32> parseOctet(QStringView text, qsizetype &pos)
{
    const qsizetype start = pos;
    quint32 value = 0;
    while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
        value = value * 10 + quint32(text[pos].unicode() - u'0');
        if (value > 255)
            return std::nullopt;
        ++pos;
    }
    const qsizetype digits = pos - start;
    if (digits == 0 || digits > 3 || (digits > 1 && text[start] == u'0'))
        return std::nullopt;
    return value;
}

bool inAny(quint32 value, std::initializer_list<const char *> prefixes)
{
    for (const char *p : prefixes) {
        if (Ipv4Prefix::parse(QString::fromLatin1(p))->contains(Ipv4Address(value)))
            return true;
    }
    return false;
}

} // namespace

std::optional<Ipv4Address> Ipv4Address::parse(QStringView text)
{
    qsizetype pos = 0;
    quint32 value = 0;
    for (int i = 0; i < 4; ++i) {
        if (i > 0) {
            if (pos >= text.size() || text[pos] != u'.')
                return std::nullopt;
            ++pos;
        }
        const auto octet = parseOctet(text, pos);
        if (!octet)
            return std::nullopt;
        value = (value << 8) | *octet;
    }
    if (pos != text.size())
        return std::nullopt;
    return Ipv4Address(value);
}

QString Ipv4Address::toString() const
{
    char16_t text[15];
    return QString(reinterpret_cast<const QChar *>(text), DottedQuad::write(m_value, text));
}

bool Ipv4Address::isPrivate() const
{
    return inAny(m_value, {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"});
}

bool Ipv4Address::isDocumentation() const
{
    return inAny(m_value, {"192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"});
}

bool Ipv4Address::isReserved() const
{
    // RFC 6890 special-purpose ranges that are not globally reachable.
    return inAny(m_value, {"0.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
                           "192.0.0.0/24", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4"});
}
