#include "ui/files/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const char kKey[] = "editor/recentFiles";
}

RecentFiles::RecentFiles(QObject *parent) : QObject(parent) {}

QStringList RecentFiles::files() const
{
    QStringList out;
    const QStringList stored = QSettings().value(QLatin1String(kKey)).toStringList();
    for (const QString &f : stored) {
        if (QFileInfo::exists(f))
            out << f;
    }
    return out;
}

void RecentFiles::add(const QString &fileName)
{
    const QString path = QFileInfo(fileName).absoluteFilePath();
    QStringList list = QSettings().value(QLatin1String(kKey)).toStringList();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMax)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString &fileName)
{
    QStringList list = QSettings().value(QLatin1String(kKey)).toStringList();
    list.removeAll(QFileInfo(fileName).absoluteFilePath());
    store(list);
}

void RecentFiles::clear() { store({}); }

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(QLatin1String(kKey), files);
    Q_EMIT changed();
}
