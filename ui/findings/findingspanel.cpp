#include "ui/findings/findingspanel.h"

#include "core/validation/validator.h"
#include "ui/findings/findingsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent), m_model(new FindingsModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_summary(new QLabel(this)), m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(FindingsModel::SeverityRankRole);
    m_filter->setPlaceholderText(tr("Filter findings"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show only findings whose code, message or objects contain this text"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    // Severity and code are short words: never cut them; the message takes the rest.
    m_view->header()->setSectionResizeMode(FindingsModel::SeverityColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::CodeColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setAccessibleName(tr("Findings"));
    m_view->setToolTip(tr("Click a finding to select and show the objects involved"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTreeView::clicked, this, &FindingsPanel::activate);
    connect(m_view, &QTreeView::activated, this, &FindingsPanel::activate);
    setFindings({});
}

void FindingsPanel::setFindings(const QList<Finding> &findings)
{
    m_model->setFindings(findings);
    const int errors = Validator::count(findings, Finding::Severity::Error);
    const int warnings = Validator::count(findings, Finding::Severity::Warning);
    if (findings.isEmpty())
        m_summary->setText(tr("No findings: the IP plan is consistent."));
    else
        m_summary->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                           + tr("%n warning(s)", nullptr, warnings) + QStringLiteral(", ")
                           + tr("%n note(s)", nullptr, int(findings.size()) - errors - warnings));
}

void FindingsPanel::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (source.isValid())
        Q_EMIT findingActivated(m_model->finding(source.row()));
}
