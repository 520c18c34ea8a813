#include "ui/canvas/canvaspalette.h"

namespace CanvasPalette {

QColor platformColor(Platform platform)
{
    switch (platform) {
    case Platform::LinuxStrongswan:
        return QColor(0x1f, 0x8a, 0x70);
    case Platform::CiscoIos:
        return QColor(0x1b, 0x6a, 0xc9);
    case Platform::Mikrotik:
        return QColor(0x9b, 0x2c, 0x4a);
    case Platform::Pfsense:
        return QColor(0xd9, 0x6c, 0x12);
    }
    return Qt::gray;
}

QString platformBadge(Platform platform)
{
    switch (platform) {
    case Platform::LinuxStrongswan:
        return QStringLiteral("LNX");
    case Platform::CiscoIos:
        return QStringLiteral("IOS");
    case Platform::Mikrotik:
        return QStringLiteral("ROS");
    case Platform::Pfsense:
        return QStringLiteral("PFS");
    }
    return {};
}

QColor severityColor(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case Finding::Severity::Warning:
        return QColor(0xf5, 0x9e, 0x0b);
    case Finding::Severity::Info:
        return QColor(0x25, 0x63, 0xeb);
    }
    return Qt::gray;
}

QColor cardFill() { return QColor(0xff, 0xff, 0xff); }
QColor cardBorder() { return QColor(0xc5, 0xcb, 0xd3); }
QColor selection() { return QColor(0x25, 0x63, 0xeb); }
QColor text() { return QColor(0x1f, 0x29, 0x37); }
QColor secondaryText() { return QColor(0x5b, 0x66, 0x75); }

QColor linkColor(Transport transport)
{
    return transport == Transport::L2tp ? QColor(0x7c, 0x3a, 0xed) : QColor(0x47, 0x55, 0x69);
}

} // namespace CanvasPalette
