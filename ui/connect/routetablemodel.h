#pragma once

#include "platform/common/routeverdict.h"

#include <QAbstractTableModel>

// The route table of the connect window: destination, state (planned /
// refused / installed / verified / not verified / removed / failed), reason.
class RouteTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteTableModel)

public:
    enum Column { DestinationColumn, StateColumn, DetailColumn, ColumnCount };

    explicit RouteTableModel(QObject *parent = nullptr);

    void setVerdicts(const QList<RouteVerdict> &verdicts);
    const QList<RouteVerdict> &verdicts() const { return m_verdicts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RouteVerdict> m_verdicts;
};
