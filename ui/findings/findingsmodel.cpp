#include "ui/findings/findingsmodel.h"

#include "ui/canvas/canvaspalette.h"
#include "ui/icons/appicons.h"

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent)
{
    // SVG (sharp at any scale); a different shape per severity, not colour alone.
    m_severityIcons[int(Finding::Severity::Error)] = AppIcons::icon(QStringLiteral("dialog-error"));
    m_severityIcons[int(Finding::Severity::Warning)] =
        AppIcons::icon(QStringLiteral("dialog-warning"));
    m_severityIcons[int(Finding::Severity::Info)] =
        AppIcons::icon(QStringLiteral("dialog-information"));
}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    // Most edits leave the findings as they were: no reset, no re-sort of
    // thousands of rows, the selection and scroll position stay.
    if (findings == m_findings)
        return;
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const Finding &f = m_findings.at(index.row());
    if (role == SeverityRankRole)
        return int(f.severity);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SeverityColumn:
            switch (f.severity) {
            case Finding::Severity::Error:
                return tr("Error");
            case Finding::Severity::Warning:
                return tr("Warning");
            case Finding::Severity::Info:
                return tr("Info");
            }
            return {};
        case CodeColumn:
            return f.code;
        case MessageColumn:
            return f.message;
        case ObjectsColumn:
            return f.objects.join(QStringLiteral(", "));
        }
    }
    if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        return m_severityIcons[int(f.severity)];
    }
    if (role == Qt::ForegroundRole && index.column() == SeverityColumn)
        return CanvasPalette::severityColor(f.severity);
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Message");
    case ObjectsColumn:
        return tr("Objects");
    }
    return {};
}
