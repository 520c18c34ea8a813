#include "ui/icons/appicons.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPalette>

// Outside any namespace: Q_INIT_RESOURCE declares the rcc function where it stands.
static void initResources()
{
    // icons.qrc is compiled into a static library: make sure its data is linked in.
    static const bool done = [] {
        Q_INIT_RESOURCE(icons);
        Q_INIT_RESOURCE(application);
        return true;
    }();
    Q_UNUSED(done);
}

namespace
{

const QString kLight = QStringLiteral(":/routestudio/icons/");
const QString kDark = QStringLiteral(":/routestudio/icons/dark/");

} // namespace

QIcon AppIcons::icon(const QString &name)
{
    return QIcon::fromTheme(name, own(name));
}

QIcon AppIcons::own(const QString &name)
{
    return own(name, darkPalette());
}

QIcon AppIcons::own(const QString &name, bool dark)
{
    initResources();
    const QString file = (dark ? kDark : kLight) + name + QStringLiteral(".svg");
    return QFile::exists(file) ? QIcon(file) : QIcon();
}

QStringList AppIcons::ownNames()
{
    initResources();
    QStringList names;
    const QStringList files =
        QDir(kLight).entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        names.append(f.chopped(4));
    return names;
}

QIcon AppIcons::application()
{
    initResources();
    return QIcon::fromTheme(QStringLiteral("routestudio"),
                            QIcon(QStringLiteral(":/routestudio/application/routestudio.svg")));
}

bool AppIcons::darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}
