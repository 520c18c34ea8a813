#pragma once

#include "core/monitor/targetstate.h"

#include <QAbstractTableModel>

class TunnelMonitor;

// The monitor's targets as a table: name, scope, address, state, last and
// mean RTT, loss. StateRole gives the TargetState (as int) of a row, KeyRole
// its target key; the state column is painted in StateColors. A sample or a
// state change reports only the sample columns (State..Loss) as changed: a
// view that sizes the other columns to their contents keeps their widths.
class MonitorStateModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorStateModel)

public:
    enum Column { Target, Scope, Address, State, LastRtt, MeanRtt, Loss, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, KeyRole };

    explicit MonitorStateModel(TunnelMonitor *monitor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &key) const;
    // The columns a sample changes, and the widest texts each can show (to
    // size it once instead of measuring every row on every sample).
    static constexpr Column kFirstSampleColumn = State;
    static constexpr Column kLastSampleColumn = Loss;
    static QStringList widestTexts(Column column);

private:
    void refreshRow(const QString &key);

    TunnelMonitor *m_monitor;
};
