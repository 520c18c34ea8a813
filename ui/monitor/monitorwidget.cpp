#include "ui/monitor/monitorwidget.h"

#include "core/monitor/metricsexposition.h"
#include "core/monitor/monitorcsv.h"
#include "core/monitor/monitortargets.h"
#include "ui/icons/appicons.h"
#include "ui/monitor/latencychart.h"
#include "ui/monitor/metricspanel.h"
#include "ui/monitor/monitorsettings.h"
#include "ui/monitor/monitorstatemodel.h"
#include "ui/monitor/thresholdseditor.h"
#include "ui/monitor/tunnelcheckpanel.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

MonitorWidget::MonitorWidget(TunnelMonitor *monitor, QWidget *parent,
                             const QString &settingsGroup)
    : QWidget(parent),
      m_monitor(monitor),
      m_model(new MonitorStateModel(monitor, this)),
      m_table(new QTableView(this)),
      m_chartGrid(new QGridLayout),
      m_chartNote(new QLabel(this)),
      m_thresholds(new ThresholdsEditor(this)),
      m_tunnelCheck(new TunnelCheckPanel(this)),
      m_metrics(new MetricsPanel(
          [this] { return MetricsExposition::render(*m_monitor, m_routesInstalled, m_checkFailures); }, this)),
      m_start(new QPushButton(this)),
      m_export(new QPushButton(tr("Export CSV…"), this)),
      m_hostEdit(new QLineEdit(this)),
      m_addHost(new QPushButton(tr("Add host"), this))
{
    m_start->setObjectName(QStringLiteral("startButton"));
    m_table->setModel(m_model);
    // Only the columns a sample cannot change fit their contents (measured
    // when the targets change); the sample columns get the width of their
    // widest text once. Sizing them to contents measured up to 1,000 rows on
    // every sample (bench/monitor). Per column: a global ResizeToContents
    // makes QHeaderView re-measure on any data change.
    for (int c = 0; c < MonitorStateModel::ColumnCount; ++c) {
        const bool sample = c >= MonitorStateModel::kFirstSampleColumn
                            && c <= MonitorStateModel::kLastSampleColumn;
        m_table->horizontalHeader()->setSectionResizeMode(
            c, sample ? QHeaderView::Interactive : QHeaderView::ResizeToContents);
    }
    sizeSampleColumns();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hostEdit->setPlaceholderText(tr("IPv4 address to probe"));

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_start);
    toolbar->addWidget(m_export);
    toolbar->addWidget(new QLabel(tr("Probing with: %1").arg(m_monitor->proberName()), this));
    toolbar->addStretch();
    toolbar->addWidget(new QLabel(tr("Host:"), this));
    toolbar->addWidget(m_hostEdit);
    toolbar->addWidget(m_addHost);

    auto *charts = new QWidget(this);
    charts->setLayout(m_chartGrid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(charts);
    auto *chartPane = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chartNote);
    chartLayout->addWidget(scroll, 1);

    // The side column scrolls: docked or in a tab, the widget must not claim
    // the height of all three boxes (it would squeeze the editor's canvas).
    auto *sidePane = new QWidget(this);
    auto *side = new QVBoxLayout(sidePane);
    side->setContentsMargins(0, 0, 0, 0);
    auto *thresholdsBox = new QGroupBox(tr("Thresholds"), this);
    (new QVBoxLayout(thresholdsBox))->addWidget(m_thresholds);
    auto *checkBox = new QGroupBox(tr("Tunnel routes"), this);
    (new QVBoxLayout(checkBox))->addWidget(m_tunnelCheck);
    auto *metricsBox = new QGroupBox(tr("Prometheus"), this);
    (new QVBoxLayout(metricsBox))->addWidget(m_metrics);
    m_pathsBox = new QGroupBox(tr("Paths"), this);
    m_paths = new QLabel(m_pathsBox);
    m_paths->setWordWrap(true);
    m_paths->setTextFormat(Qt::PlainText);
    (new QVBoxLayout(m_pathsBox))->addWidget(m_paths);
    m_pathsBox->hide();
    setPathLines({});
    side->addWidget(thresholdsBox);
    side->addWidget(checkBox);
    side->addWidget(m_pathsBox);
    side->addWidget(metricsBox);
    side->addStretch();

    auto *top = new QSplitter(Qt::Vertical, this);
    top->addWidget(m_table);
    top->addWidget(chartPane);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 4); // the charts get the room; the table scrolls
    m_table->setMinimumHeight(90);
    top->setSizes({160, 640});
    auto *main = new QHBoxLayout;
    main->addWidget(top, 3);
    auto *sideScroll = new QScrollArea(this);
    sideScroll->setWidget(sidePane);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setMinimumWidth(sidePane->sizeHint().width() + 20);
    main->addWidget(sideScroll, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addLayout(main);

    if (!settingsGroup.isEmpty()) {
        QString ignored;
        if (const auto saved = MonitorSettings::thresholds(settingsGroup))
            m_monitor->setThresholds(*saved, &ignored);
        if (const auto saved = MonitorSettings::intervalMs(settingsGroup))
            m_monitor->setIntervalMs(*saved);
    }
    m_thresholds->setThresholds(m_monitor->thresholds());
    m_thresholds->setIntervalMs(m_monitor->intervalMs());
    connect(m_thresholds, &ThresholdsEditor::thresholdsEdited, this,
            [this, settingsGroup](const MonitorThresholds &t) {
                QString error;
                if (m_monitor->setThresholds(t, &error)) {
                    for (LatencyChart *chart : std::as_const(m_charts))
                        chart->setThresholdMs(t.degradedRttMs);
                    if (!settingsGroup.isEmpty())
                        MonitorSettings::saveThresholds(settingsGroup, t);
                }
            });
    connect(m_thresholds, &ThresholdsEditor::intervalEdited, this, [this, settingsGroup](int ms) {
        m_monitor->setIntervalMs(ms);
        if (!settingsGroup.isEmpty())
            MonitorSettings::saveIntervalMs(settingsGroup, m_monitor->intervalMs());
    });
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_monitor->isRunning())
            m_monitor->stop();
        else
            m_monitor->start();
    });
    connect(m_export, &QPushButton::clicked, this, &MonitorWidget::chooseExportFile);
    connect(m_addHost, &QPushButton::clicked, this, &MonitorWidget::addHost);
    connect(m_hostEdit, &QLineEdit::returnPressed, this, &MonitorWidget::addHost);
    connect(m_monitor, &TunnelMonitor::targetsChanged, this, &MonitorWidget::rebuildCharts);
    // Rows that came (not a reset, which re-measures by itself): the columns
    // that fit their contents measure again, as on a reset.
    connect(m_monitor, &TunnelMonitor::targetsChanged, this,
            [this](TunnelMonitor::TargetsChange change) {
                if (change != TunnelMonitor::TargetsChange::Rows)
                    return;
                for (int c = 0; c < MonitorStateModel::ColumnCount; ++c) {
                    if (c < MonitorStateModel::kFirstSampleColumn
                        || c > MonitorStateModel::kLastSampleColumn)
                        m_table->resizeColumnToContents(c);
                }
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MonitorWidget::rebuildCharts);
    connect(m_monitor, &TunnelMonitor::sampleRecorded, this, &MonitorWidget::onSample);
    connect(m_monitor, &TunnelMonitor::sessionStarted, this, [this](qint64 ms) {
        for (LatencyChart *chart : std::as_const(m_charts))
            chart->setSessionStartMs(ms);
    });
    connect(m_monitor, &TunnelMonitor::runningChanged, this, &MonitorWidget::updateStartButton);
    connect(m_tunnelCheck, &TunnelCheckPanel::checked, this,
            [this](const QString &profile, int inTunnel, int) {
                if (!profile.isEmpty())
                    m_routesInstalled.insert(profile, inTunnel);
            });
    updateStartButton(m_monitor->isRunning());
    rebuildCharts();
}

void MonitorWidget::sizeSampleColumns()
{
    const QFontMetrics metrics(m_table->font());
    QStyle *style = m_table->style();
    // The item delegate's text margins on both sides, and room for the
    // state's colour swatch (the decoration) with its own margin.
    const int margin = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1);
    const int swatch = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table) + margin;
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = MonitorStateModel::kFirstSampleColumn; c <= MonitorStateModel::kLastSampleColumn;
         ++c) {
        int width = 0;
        for (const QString &text : MonitorStateModel::widestTexts(MonitorStateModel::Column(c)))
            width = qMax(width, metrics.horizontalAdvance(text));
        width += margin + (c == MonitorStateModel::State ? swatch : 0);
        header->resizeSection(c, qMax(width, header->sectionSizeHint(c)));
    }
}

void MonitorWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        sizeSampleColumns();
}

bool MonitorWidget::exportCsv(const QString &fileName, QString *error) const
{
    return MonitorCsv::write(fileName, m_monitor->targets(), m_monitor->history(), error);
}

void MonitorWidget::rebuildCharts()
{
    // The targets to chart: the selected rows, else the first few.
    ProbeTargets shown;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : std::as_const(rows)) {
        if (shown.size() == kMaxCharts)
            break;
        if (const ProbeTarget *t =
                m_monitor->target(row.data(MonitorStateModel::KeyRole).toString()))
            shown.append(*t);
    }
    if (shown.isEmpty())
        shown = m_monitor->targets().mid(0, kDefaultCharts);
    shown = shown.mid(0, kMaxCharts);
    const int total = int(m_monitor->targets().size());
    m_chartNote->setText(rows.isEmpty()
                             ? tr("Latency of the first %1 of %2 target(s); select rows to chart others.")
                                   .arg(shown.size()).arg(total)
                             : tr("Latency of %1 selected target(s) (at most %2 at once).")
                                   .arg(shown.size()).arg(kMaxCharts));
    m_chartNote->setVisible(total > kDefaultCharts || !rows.isEmpty());

    QHash<QString, LatencyChart *> keep;
    for (const ProbeTarget &t : std::as_const(shown)) {
        LatencyChart *chart = m_charts.take(t.key);
        if (!chart) {
            chart = new LatencyChart(QStringLiteral("%1 (%2) — %3").arg(t.name, t.address.toString(), t.scope()),
                                     m_monitor->sessionStartMs(), this);
            chart->setThresholdMs(m_monitor->thresholds().degradedRttMs);
            if (const TargetStats *stats = m_monitor->stats(t.key)) {
                for (const ProbeSample &s : stats->samples())
                    chart->addSample(s);
            }
        }
        keep.insert(t.key, chart);
    }
    qDeleteAll(m_charts); // charts of targets that went away
    m_charts = keep;
    while (m_chartGrid->count() > 0)
        delete m_chartGrid->takeAt(0); // the layout items, not the charts
    int i = 0;
    for (const ProbeTarget &t : std::as_const(shown)) {
        m_chartGrid->addWidget(m_charts.value(t.key), i / 2, i % 2);
        ++i;
    }
}

void MonitorWidget::onSample(const QString &key, const ProbeSample &sample)
{
    if (LatencyChart *chart = m_charts.value(key))
        chart->addSample(sample);
}

void MonitorWidget::addHost()
{
    const QString text = m_hostEdit->text().trimmed();
    const std::optional<Ipv4Address> address = Ipv4Address::parse(text);
    if (!address) {
        QMessageBox::warning(this, tr("Add host"), tr("\"%1\" is not an IPv4 address.").arg(text));
        return;
    }
    if (!m_monitor->addTarget(MonitorTargets::host(*address)))
        return; // already monitored
    m_hostEdit->clear();
}

void MonitorWidget::chooseExportFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export monitoring history"),
                                                      QStringLiteral("routestudio-monitor.csv"),
                                                      tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!exportCsv(file, &error))
        QMessageBox::warning(this, tr("Export monitoring history"), error);
}

void MonitorWidget::updateStartButton(bool running)
{
    m_start->setText(running ? tr("Stop") : tr("Start"));
    m_start->setIcon(AppIcons::icon(running ? QStringLiteral("media-playback-stop")
                                            : QStringLiteral("media-playback-start")));
}

void MonitorWidget::setPathsShown(bool shown)
{
    m_pathsBox->setVisible(shown);
}

void MonitorWidget::setPathLines(const QStringList &lines)
{
    m_paths->setText(lines.isEmpty()
                         ? tr("Which path carries traffic is read from the boxes: File → Check Boxes…")
                         : lines.join(u'\n'));
}
