#pragma once

// Shared by the icon tests: does an icon really draw something? A missing qrc
// entry gives a null icon; a missing SVG plugin gives null or empty pixmaps.

#include <QIcon>
#include <QImage>
#include <QPixmap>

namespace IconCheck
{

// Opaque pixels in the icon drawn at `side` logical pixels and pixel ratio `dpr`.
inline int paintedPixels(const QIcon &icon, int side = 24, qreal dpr = 1.0,
                         QIcon::Mode mode = QIcon::Normal)
{
    if (icon.isNull())
        return 0;
    const QImage image =
        icon.pixmap(QSize(side, side), dpr, mode).toImage().convertToFormat(QImage::Format_ARGB32);
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qAlpha(image.pixel(x, y)) > 64 ? 1 : 0;
    return n;
}

// The icon drawn as an image, for comparing two icons.
inline QImage image(const QIcon &icon, int side = 24)
{
    return icon.pixmap(QSize(side, side), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
}

// Mean lightness (0-255) of the icon's opaque pixels; -1 when it draws nothing.
inline int meanLightness(const QIcon &icon)
{
    const QImage img = image(icon);
    qint64 sum = 0;
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QRgb p = img.pixel(x, y);
            if (qAlpha(p) > 200) {
                sum += QColor(p).lightness();
                ++n;
            }
        }
    return n ? int(sum / n) : -1;
}

} // namespace IconCheck
