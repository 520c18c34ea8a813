#include "core/bundle/filemode.h"

#include "core/generators/common/filemodes.h"

namespace FileMode {

QFileDevice::Permissions toPermissions(int mode)
{
    QFileDevice::Permissions p = FileModes::permissions(mode);
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
