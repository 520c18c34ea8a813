#include "ui/lists/linklistmodel.h"

#include "ui/document/topologydocument.h"

LinkListModel::LinkListModel(TopologyDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(document, &TopologyDocument::resetDone, this, reset);
    connect(document, &TopologyDocument::linkRemoved, this, reset);
    connect(document, &TopologyDocument::linkAdded, this, [this](const QString &id) {
        const int row = m_document->linkIndex(id);
        beginInsertRows({}, row, row);
        endInsertRows();
    });
    connect(document, &TopologyDocument::linkChanged, this,
            [this](const QString &, const QString &id) {
                const int row = m_document->linkIndex(id);
                if (row >= 0)
                    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            });
}

int LinkListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->topology().links.size());
}

int LinkListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Link &l = m_document->topology().links.at(index.row());
    if (role == IdRole)
        return l.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return l.id;
    case FromColumn:
        return l.from;
    case ToColumn:
        return l.to;
    case TransportColumn:
        return Enums::toString(l.transport);
    case IkeColumn:
        return Enums::toString(l.ike);
    case SecretColumn:
        return l.secret;
    }
    return {};
}

QVariant LinkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case TransportColumn:
        return tr("Transport");
    case IkeColumn:
        return tr("IKE");
    case SecretColumn:
        return tr("PSK name");
    }
    return {};
}
