#include "core/import/iostype7.h"

namespace {

// The key every IOS uses for type 7 (publicly documented since the 1990s).
constexpr char kKey[] = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87";
constexpr int kKeyLength = sizeof kKey - 1;

int hex(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - '0';
    if (c >= u'A' && c <= u'F')
        return c.unicode() - 'A' + 10;
    if (c >= u'a' && c <= u'f')
        return c.unicode() - 'a' + 10;
    return -1;
}

} // namespace

namespace IosType7 {

std::optional<QString> decode(const QString &encoded)
{
    if (encoded.size() < 4 || encoded.size() % 2 != 0 || !encoded.at(0).isDigit() || !encoded.at(1).isDigit())
        return std::nullopt;
    const int offset = encoded.left(2).toInt();
    if (offset > 15)
        return std::nullopt;
    QString out;
    for (qsizetype i = 2; i < encoded.size(); i += 2) {
        const int hi = hex(encoded.at(i));
        const int lo = hex(encoded.at(i + 1));
        if (hi < 0 || lo < 0)
            return std::nullopt;
        const int c = (hi * 16 + lo) ^ kKey[(offset + (i - 2) / 2) % kKeyLength];
        if (c < 0x20 || c > 0x7e)
            return std::nullopt;
        out += QChar(c);
    }
    return out;
}

} // namespace IosType7
