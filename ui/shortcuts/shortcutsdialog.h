#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

// Help → Keyboard Shortcuts: every menu command that has a shortcut, grouped
// by menu, read from the menu bar itself (so it can never go stale), with a
// filter over command and key.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    void setFilterText(const QString &text);

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};
