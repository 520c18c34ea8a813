#include "core/bundle/filemode.h"

namespace FileMode {

QFileDevice::Permissions toPermissions(int mode)
{
    QFileDevice::Permissions p;
    const struct
    {
        int bit;
        QFileDevice::Permission perm;
    } table[] = {
        {0400, QFileDevice::ReadOwner},  {0200, QFileDevice::WriteOwner},
        {0100, QFileDevice::ExeOwner},   {0040, QFileDevice::ReadGroup},
        {0020, QFileDevice::WriteGroup}, {0010, QFileDevice::ExeGroup},
        {0004, QFileDevice::ReadOther},  {0002, QFileDevice::WriteOther},
        {0001, QFileDevice::ExeOther},
    };
    for (const auto &row : table) {
        if (mode & row.bit)
            p |= row.perm;
    }
    // Qt's "user" bits mirror the owner bits for the current user.
    if (mode & 0400)
        p |= QFileDevice::ReadUser;
    if (mode & 0200)
        p |= QFileDevice::WriteUser;
    if (mode & 0100)
        p |= QFileDevice::ExeUser;
    return p;
}

QString octal(int mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

std::optional<int> parseOctal(const QString &text)
{
    if (text.size() < 3 || text.size() > 4)
        return std::nullopt;
    int mode = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('7'))
            return std::nullopt;
        mode = mode * 8 + (c.unicode() - '0');
    }
    return mode;
}

bool isSafe(int mode)
{
    return (mode & ~0777) == 0 && (mode & 022) == 0;
}

} // namespace FileMode
