#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

// The icons of the editor and the Connect window. Each has a freedesktop name
// ("document-open") or our own ("routestudio-add-hub"). icon() asks the
// desktop's icon theme first, so a Breeze or Adwaita desktop shows its own
// icons, and falls back to our hand-drawn SVG (resources/icons/, compiled in
// through resources/icons.qrc). Ours are drawn in a dark stroke for light
// palettes; on a dark palette the copies with a light stroke
// (":/routestudio/icons/dark/", made by ui/CMakeLists.txt) are used.
// Rendering the SVGs needs Qt's SVG icon engine plugin (Debian: libqt6svg6).
class AppIcons final
{
public:
    AppIcons() = delete;

    // Theme icon `name`, else ours; a null icon when neither exists.
    static QIcon icon(const QString &name);
    // Ours only (for the current palette); null when we ship no such icon.
    static QIcon own(const QString &name);
    // Ours for a light (false) or dark (true) palette.
    static QIcon own(const QString &name, bool darkPalette);
    // The names of every icon we ship, sorted.
    static QStringList ownNames();
    // The application's own icon (window title bars, tray): the desktop's
    // installed "routestudio" icon, else the SVG the .deb installs, compiled in.
    static QIcon application();
    // Whether the application palette is dark (window colour lightness < 128).
    static bool darkPalette();
};
