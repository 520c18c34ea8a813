#pragma once

#include <QAbstractTableModel>

class TopologyDocument;

// Links as rows (id, from, to, transport, IKE, PSK name).
class LinkListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkListModel)

public:
    enum Column { IdColumn, FromColumn, ToColumn, TransportColumn, IkeColumn, SecretColumn,
                  ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit LinkListModel(TopologyDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    TopologyDocument *m_document;
};
