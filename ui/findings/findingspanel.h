#pragma once

#include "core/validation/finding.h"

#include <QWidget>

class FindingsModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

// The findings list with a filter and a summary line. Activating a row
// (click, Enter) reports the finding so the editor can select its objects.
class FindingsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsPanel)

public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    QTreeView *view() const { return m_view; }
    FindingsModel *model() const { return m_model; }

Q_SIGNALS:
    void findingActivated(const Finding &finding);

private:
    void activate(const QModelIndex &proxyIndex);

    FindingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QTreeView *m_view;
};
