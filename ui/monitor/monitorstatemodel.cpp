#include "ui/monitor/monitorstatemodel.h"

#include "core/monitor/tunnelmonitor.h"
#include "ui/monitor/statecolors.h"

MonitorStateModel::MonitorStateModel(TunnelMonitor *monitor, QObject *parent)
    : QAbstractTableModel(parent), m_monitor(monitor)
{
    // An edit's targets come and go as rows; only a new list resets the table.
    connect(m_monitor, &TunnelMonitor::targetsAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows(QModelIndex(), first, last); });
    connect(m_monitor, &TunnelMonitor::targetsRemoved, this, [this] { endRemoveRows(); });
    connect(m_monitor, &TunnelMonitor::targetsAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows(QModelIndex(), first, last); });
    connect(m_monitor, &TunnelMonitor::targetsInserted, this, [this] { endInsertRows(); });
    connect(m_monitor, &TunnelMonitor::targetEdited, this, [this](int row) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(m_monitor, &TunnelMonitor::targetsChanged, this,
            [this](TunnelMonitor::TargetsChange change) {
                if (change == TunnelMonitor::TargetsChange::Reset) {
                    beginResetModel();
                    endResetModel();
                }
            });
    connect(m_monitor, &TunnelMonitor::sampleRecorded, this,
            [this](const QString &key, const ProbeSample &) { refreshRow(key); });
    connect(m_monitor, &TunnelMonitor::targetStateChanged, this,
            [this](const QString &key, TargetState) { refreshRow(key); });
}

int MonitorStateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_monitor->targets().size());
}

int MonitorStateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int MonitorStateModel::rowOf(const QString &key) const
{
    return m_monitor->indexOf(key);
}

void MonitorStateModel::refreshRow(const QString &key)
{
    const int row = rowOf(key);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, kFirstSampleColumn), index(row, kLastSampleColumn));
}

namespace {

QString ms(std::optional<double> value)
{
    return value ? QStringLiteral("%1 ms").arg(*value, 0, 'f', 1) : QStringLiteral("–");
}

// "100 %" with a no-break space: the table wraps cell text at spaces, and a
// column a few pixels too narrow (style margins, font hinting) showed "100" over "%".
QString lossText(double percent)
{
    return QStringLiteral("%1\u00a0%").arg(percent, 0, 'f', 0);
}

} // namespace

QVariant MonitorStateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_monitor->targets().size())
        return QVariant();
    const ProbeTarget &t = m_monitor->targets().at(index.row());
    const TargetState state = m_monitor->state(t.key);
    const TargetStats *stats = m_monitor->stats(t.key);
    if (role == StateRole)
        return int(state);
    if (role == KeyRole)
        return t.key;
    if (role == Qt::DecorationRole && index.column() == State)
        return StateColors::color(state);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Target: return t.name;
    case Scope: return t.scope();
    case Address: return t.address.toString();
    case State: return StateColors::label(state);
    case LastRtt: return stats ? ms(stats->lastRttMs()) : QString();
    case MeanRtt: return stats ? ms(stats->meanRttMs()) : QString();
    case Loss:
        return stats && stats->count() > 0
                   ? lossText(stats->lossRatio() * 100.0)
                   : QStringLiteral("–");
    default: break;
    }
    return QVariant();
}

QStringList MonitorStateModel::widestTexts(Column column)
{
    switch (column) {
    case State:
        return {StateColors::label(TargetState::Unknown), StateColors::label(TargetState::Up),
                StateColors::label(TargetState::Degraded), StateColors::label(TargetState::Down)};
    case LastRtt:
    case MeanRtt:
        // Below the longest probe timeout (TunnelMonitor::kMaxIntervalMs).
        return {ms(TunnelMonitor::kMaxIntervalMs - 0.1)};
    case Loss:
        return {lossText(100.0)};
    default:
        break;
    }
    return {};
}

QVariant MonitorStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Target: return tr("Target");
    case Scope: return tr("For");
    case Address: return tr("Address");
    case State: return tr("State");
    case LastRtt: return tr("Last RTT");
    case MeanRtt: return tr("Mean RTT");
    case Loss: return tr("Loss");
    default: break;
    }
    return QVariant();
}
