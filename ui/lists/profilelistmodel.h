#pragma once

#include <QAbstractTableModel>

class TopologyDocument;

// Remote-access profiles as rows (id, hub, tunnel, routes, users).
class ProfileListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileListModel)

public:
    enum Column { IdColumn, HubColumn, TunnelColumn, RoutesColumn, UsersColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ProfileListModel(TopologyDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    TopologyDocument *m_document;
};
