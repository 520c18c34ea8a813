#pragma once

#include <QChar>

// The character a backslash escape stands for in a double-quoted strongSwan
// value (ipsec.conf(5); swanctl.conf uses the same): \n \r \t \b \f, and any
// other character (\" \\) for itself.
namespace StrongswanEscape {

inline QChar unescaped(QChar c)
{
    switch (c.unicode()) {
    case 'n':
        return u'\n';
    case 'r':
        return u'\r';
    case 't':
        return u'\t';
    case 'b':
        return u'\b';
    case 'f':
        return u'\f';
    default:
        return c;
    }
}

} // namespace StrongswanEscape
