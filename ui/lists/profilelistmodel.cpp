#include "ui/lists/profilelistmodel.h"

#include "ui/document/topologydocument.h"
#include "ui/properties/fieldrules.h"

ProfileListModel::ProfileListModel(TopologyDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    // Profiles are few: a reset on any change keeps this simple and exact.
    auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(document, &TopologyDocument::resetDone, this, reset);
    connect(document, &TopologyDocument::profileAdded, this, reset);
    connect(document, &TopologyDocument::profileRemoved, this, reset);
    connect(document, &TopologyDocument::profileChanged, this, reset);
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->topology().profiles.size());
}

int ProfileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Profile &p = m_document->topology().profiles.at(index.row());
    if (role == IdRole)
        return p.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return p.id;
    case HubColumn:
        return p.hub;
    case TunnelColumn:
        return p.tunnel == TunnelMode::Split ? tr("split") : tr("full");
    case RoutesColumn:
        return p.routes.isEmpty() ? tr("(every LAN via the hub)")
                                  : FieldRules::joinPrefixes(p.routes);
    case UsersColumn:
        return p.users.join(QStringLiteral(", "));
    }
    return {};
}

QVariant ProfileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case HubColumn:
        return tr("Hub");
    case TunnelColumn:
        return tr("Tunnel");
    case RoutesColumn:
        return tr("Routes");
    case UsersColumn:
        return tr("Users");
    }
    return {};
}
