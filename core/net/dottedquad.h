#pragma once

#include <QtGlobal>

// The text of an IPv4 address written digit by digit, for Ipv4Address and
// Ipv4Prefix: QString::arg parsed its pattern for every octet, and a generate
// run formats hundreds of thousands of addresses (issue 13).
namespace DottedQuad {

// Writes `value` as a dotted quad (at most 15 characters) at `out`; returns how many.
inline qsizetype write(quint32 value, char16_t *out)
{
    char16_t *p = out;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const quint32 octet = (value >> shift) & 0xff;
        if (octet >= 100)
            *p++ = char16_t(u'0' + octet / 100);
        if (octet >= 10)
            *p++ = char16_t(u'0' + octet / 10 % 10);
        *p++ = char16_t(u'0' + octet % 10);
        if (shift > 0)
            *p++ = u'.';
    }
    return p - out;
}

} // namespace DottedQuad
