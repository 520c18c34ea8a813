#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

// The boxes to import: each folder, archive or single file is one box, as
// `routestudio-cli import` takes its arguments. Add Folder… / Add Files…
// ask for them; Remove drops the selected ones. A path is listed once.
class ImportSourceList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSourceList)

public:
    explicit ImportSourceList(QWidget *parent = nullptr);

    QStringList paths() const;
    void addPaths(const QStringList &paths); // absolute, in order, without repeats
    void removeSelected();
    QListWidget *list() const { return m_list; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void pathsChanged(const QStringList &paths);

private:
    void addFolder();
    void addFiles();

    QListWidget *m_list;
    QPushButton *m_remove;
    QString m_lastDir;
};
