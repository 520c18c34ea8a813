#pragma once

#include <QObject>
#include <QStringList>

// The most recently opened or saved topologies, newest first, kept in QSettings.
class RecentFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFiles)

public:
    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const; // existing files only
    void add(const QString &fileName);
    void remove(const QString &fileName);
    void clear();

    static constexpr int kMax = 8;

Q_SIGNALS:
    void changed();

private:
    void store(const QStringList &files);
};
