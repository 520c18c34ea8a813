#include "ui/lists/objectlistpanel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

ObjectListPanel::ObjectListPanel(QAbstractItemModel *model, int idRole, const QString &what,
                                 QWidget *parent)
    : QWidget(parent), m_idRole(idRole), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter %1").arg(what));
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // document order until a header is clicked
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setResizeContentsPrecision(256); // rows sampled: cheap at 5,000 sites
    m_view->setAccessibleName(what);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    auto activate = [this](const QModelIndex &index) {
        const QString id = index.data(m_idRole).toString();
        if (!id.isEmpty())
            Q_EMIT objectActivated(id);
    };
    connect(m_view, &QTreeView::clicked, this, activate);
    connect(m_view, &QTreeView::activated, this, activate);
    connect(model, &QAbstractItemModel::modelReset, this, &ObjectListPanel::fitColumns);
    fitColumns();
}

void ObjectListPanel::fitColumns()
{
    for (int c = 0; c + 1 < m_proxy->columnCount(); ++c)
        m_view->resizeColumnToContents(c);
}

void ObjectListPanel::setFilterText(const QString &text) { m_filter->setText(text); }
