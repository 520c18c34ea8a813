#pragma once

#include <QAbstractTableModel>

class TopologyDocument;

// Sites as rows (id, name, role, platform, public address, LANs). Follows
// the document with row inserts/removes, not resets.
class SiteListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteListModel)

public:
    enum Column { IdColumn, NameColumn, RoleColumn, PlatformColumn, AddressColumn, LansColumn,
                  ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit SiteListModel(TopologyDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rowChanged(const QString &id);

    TopologyDocument *m_document;
};
