#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

// A list dock's content: a filter box over a sortable table. Activating a
// row reports the object id (the model's IdRole) so the editor selects it.
class ObjectListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectListPanel)

public:
    ObjectListPanel(QAbstractItemModel *model, int idRole, const QString &what,
                    QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    void setFilterText(const QString &text);

Q_SIGNALS:
    void objectActivated(const QString &id);

private:
    // Every column but the last (which stretches) to its contents: run when
    // the model is reset (a file opened); later the user's widths stay.
    void fitColumns();

    int m_idRole;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
};
