#include "ui/connect/routetablemodel.h"

#include <QBrush>
#include <QColor>

RouteTableModel::RouteTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RouteTableModel::setVerdicts(const QList<RouteVerdict> &verdicts)
{
    beginResetModel();
    m_verdicts = verdicts;
    endResetModel();
}

int RouteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_verdicts.size());
}

int RouteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RouteTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_verdicts.size())
        return {};
    const RouteVerdict &v = m_verdicts.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case DestinationColumn:
            return v.destination.toString();
        case StateColumn:
            return RouteVerdict::stateText(v.state);
        case DetailColumn:
            return v.detail;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        switch (v.state) {
        case RouteVerdict::State::Verified:
            return QBrush(QColor(0x1b, 0x7f, 0x3b));
        case RouteVerdict::State::Refused:
        case RouteVerdict::State::Failed:
        case RouteVerdict::State::NotVerified:
            return QBrush(QColor(0xb0, 0x2a, 0x1e));
        default:
            return {};
        }
    }
    return {};
}

QVariant RouteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DestinationColumn:
        return tr("Destination");
    case StateColumn:
        return tr("State");
    case DetailColumn:
        return tr("Reason");
    }
    return {};
}
