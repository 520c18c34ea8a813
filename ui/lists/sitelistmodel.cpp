#include "ui/lists/sitelistmodel.h"

#include "ui/document/topologydocument.h"
#include "ui/properties/fieldrules.h"

SiteListModel::SiteListModel(TopologyDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &TopologyDocument::resetDone, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(document, &TopologyDocument::siteAdded, this, [this](const QString &id) {
        // The document already holds the row: announce it as inserted.
        const int row = m_document->topology().siteIndex(id);
        beginInsertRows({}, row, row);
        endInsertRows();
    });
    connect(document, &TopologyDocument::siteRemoved, this, [this] {
        // The row is gone already; a reset keeps views consistent and is rare.
        beginResetModel();
        endResetModel();
    });
    connect(document, &TopologyDocument::siteChanged, this, &SiteListModel::rowChanged);
    connect(document, &TopologyDocument::siteRenamed, this,
            [this](const QString &, const QString &n) { rowChanged(n); });
}

void SiteListModel::rowChanged(const QString &id)
{
    const int row = m_document->topology().siteIndex(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int SiteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->topology().sites.size());
}

int SiteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Site &s = m_document->topology().sites.at(index.row());
    if (role == IdRole)
        return s.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return s.id;
    case NameColumn:
        return s.name;
    case RoleColumn:
        return s.isHub() ? tr("hub") : tr("gateway");
    case PlatformColumn:
        switch (s.platform) {
        case Platform::LinuxStrongswan:
            return tr("Linux (strongSwan)");
        case Platform::CiscoIos:
            return tr("Cisco IOS");
        case Platform::Mikrotik:
            return tr("MikroTik RouterOS");
        case Platform::Pfsense:
            return tr("pfSense");
        }
        return Enums::toString(s.platform);
    case AddressColumn:
        return s.publicAddress;
    case LansColumn:
        return FieldRules::joinPrefixes(s.lans);
    }
    return {};
}

QVariant SiteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case PlatformColumn:
        return tr("Platform");
    case AddressColumn:
        return tr("Public address");
    case LansColumn:
        return tr("LANs");
    }
    return {};
}
