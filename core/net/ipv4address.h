#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>
#include <optional>

// An IPv4 address as a host-order 32-bit value. Parsing is strict: four decimal
// octets 0-255, no leading zeros, no whitespace, nothing else.
class Ipv4Address
{
public:
    constexpr Ipv4Address() = default;
    constexpr explicit Ipv4Address(quint32 value) : m_value(value) {}

    static std::optional<Ipv4Address> parse(QStringView text);

    constexpr quint32 value() const { return m_value; }
    QString toString() const;

    bool isPrivate() const;       // RFC 1918
    bool isDocumentation() const; // RFC 5737 TEST-NET-1/2/3
    bool isReserved() const;      // not usable as a public Internet address (other than the above)

    friend constexpr bool operator==(Ipv4Address a, Ipv4Address b) { return a.m_value == b.m_value; }
    friend constexpr bool operator!=(Ipv4Address a, Ipv4Address b) { return a.m_value != b.m_value; }
    friend constexpr bool operator<(Ipv4Address a, Ipv4Address b) { return a.m_value < b.m_value; }

private:
    quint32 m_value = 0;
};
