#include "ui/connect/connectwindow.h"

#include "platform/common/connectsession.h"
#include "ui/connect/connectionstateicon.h"
#include "ui/connect/connectmonitor.h"
#include "ui/connect/profileform.h"
#include "ui/connect/routetablemodel.h"
#include "ui/i18n/languagemenu.h"
#include "ui/icons/appicons.h"
#include "ui/monitor/monitorwidget.h"
#include "ui/monitor/statecolors.h"
#include "ui/monitor/tunnelcheckpanel.h"
#include "ui/shortcuts/standardkeys.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QFileDialog>
#include <QMenu>
#include <QPainter>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kPollMs = 5000;

// The tray icon: the network icon with a dot in the monitor's state colour.
QIcon stateIcon(const QIcon &base, TargetState state)
{
    QIcon out;
    for (const int size : {16, 22, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        base.paint(&painter, QRect(0, 0, size, size));
        const qreal d = size * 0.5;
        painter.setPen(QPen(Qt::white, qMax(1.0, size / 16.0)));
        painter.setBrush(StateColors::color(state));
        painter.drawEllipse(QRectF(size - d - 0.5, size - d - 0.5, d, d));
        out.addPixmap(pixmap);
    }
    return out;
}

} // namespace

ConnectWindow::ConnectWindow(ConnectSession *session, CredentialStore *store, Prober *prober,
                             RouteBackend *routes, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_form(new ProfileForm(store, this)),
      m_button(new QPushButton(tr("Connect"), this)),
      m_statusIcon(new ConnectionStateIcon(this)), m_status(new QLabel(this)),
      m_elapsed(new QLabel(this)), m_routes(new RouteTableModel(this)),
      m_table(new QTableView(this)), m_log(new QPlainTextEdit(this)), m_clock(new QTimer(this)),
      m_poll(new QTimer(this)), m_tray(new QSystemTrayIcon(this)),
      m_trayConnect(new QAction(tr("Connect"), this)),
      m_trayDisconnect(new QAction(tr("Disconnect"), this)),
      m_import(new QAction(tr("&Import Profile…"), this)), m_banner(new QWidget(this)),
      m_bannerText(new QLabel(m_banner)),
      m_reapply(new QPushButton(tr("Re-apply routes"), m_banner))
{
    setWindowTitle(tr("RouteStudio Connect"));
    m_button->setObjectName(QStringLiteral("connectButton"));
    m_button->setDefault(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText); // errors echo file names and daemon output
    m_table->setModel(m_routes);
    m_table->setAccessibleName(tr("Routes"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Log"));
    m_log->setMaximumBlockCount(5000);

    m_button->setIconSize(QSize(20, 20));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_button);
    statusRow->addSpacing(6);
    statusRow->addWidget(m_statusIcon);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_elapsed);
    auto *bannerRow = new QHBoxLayout(m_banner);
    bannerRow->setContentsMargins(0, 0, 0, 0);
    bannerRow->addWidget(m_bannerText, 1);
    bannerRow->addWidget(m_reapply);
    m_bannerText->setWordWrap(true);
    m_bannerText->setStyleSheet(QStringLiteral("color: %1; font-weight: bold")
                                    .arg(StateColors::color(TargetState::Down).name()));
    m_reapply->setObjectName(QStringLiteral("reapplyRoutes"));
    m_banner->hide();
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_log, tr("Log"));
    if (prober && routes) {
        m_monitor = new ConnectMonitor(session, m_form, prober, routes, this);
        tabs->addTab(m_monitor->widget(), tr("Monitoring"));
        connect(m_monitor, &ConnectMonitor::stateChanged, this, &ConnectWindow::updateTray);
        connect(m_monitor, &ConnectMonitor::routesChecked, this, &ConnectWindow::showRouteCheck);
        connect(m_monitor, &ConnectMonitor::message, this, &ConnectWindow::appendLog);
        connect(m_reapply, &QPushButton::clicked, m_monitor->widget()->tunnelCheck(),
                &TunnelCheckPanel::reapply);
    }
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(tabs);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_form);
    layout->addLayout(statusRow);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    resize(m_monitor ? 1000 : 760, m_monitor ? 760 : 620);

    createMenus();
    m_trayConnect->setIcon(AppIcons::icon(QStringLiteral("network-connect")));
    m_trayDisconnect->setIcon(AppIcons::icon(QStringLiteral("network-disconnect")));
    auto *menu = new QMenu(this);
    menu->addAction(m_trayConnect);
    menu->addAction(m_trayDisconnect);
    menu->addSeparator();
    menu->addAction(tr("Show window"), this, &QWidget::showNormal);
    menu->addAction(tr("Quit"), qApp, &QApplication::quit);
    m_tray->setContextMenu(menu);
    m_tray->setIcon(AppIcons::application());
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();

    connect(m_button, &QPushButton::clicked, this, &ConnectWindow::toggle);
    connect(m_import, &QAction::triggered, this, &ConnectWindow::chooseBundle);
    connect(m_form, &ProfileForm::importRequested, this, &ConnectWindow::chooseBundle);
    connect(m_trayConnect, &QAction::triggered, this, &ConnectWindow::connectVpn);
    connect(m_trayDisconnect, &QAction::triggered, this, &ConnectWindow::disconnectVpn);
    connect(m_form, &ProfileForm::message, this, &ConnectWindow::appendLog);
    connect(m_form, &ProfileForm::changed, this, [this] {
        QList<RouteVerdict> planned;
        for (const Ipv4Prefix &p : m_form->plannedRoutes())
            planned.append(RouteVerdict{p, RouteVerdict::State::Planned, QString()});
        m_routes->setVerdicts(planned);
    });
    connect(m_session, &ConnectSession::logLine, this, &ConnectWindow::appendLog);
    connect(m_session, &ConnectSession::stateChanged, this, &ConnectWindow::updateState);
    connect(m_session, &ConnectSession::routesChanged, this,
            [this] { m_routes->setVerdicts(m_session->verdicts()); });
    connect(m_clock, &QTimer::timeout, this, &ConnectWindow::updateElapsed);
    connect(m_poll, &QTimer::timeout, m_session, &ConnectSession::poll);
    m_clock->start(1000);
    updateState();
}

void ConnectWindow::createMenus()
{
    m_import->setObjectName(QStringLiteral("importProfile"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setIcon(AppIcons::icon(QStringLiteral("document-import")));
    m_import->setStatusTip(tr("Import the profile bundle your administrator gave you"));
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_import);
    file->addSeparator();
    auto *quit = file->addAction(AppIcons::icon(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(StandardKeys::quit());
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addMenu(new LanguageMenu(Translations(), settings));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About RouteStudio Connect"), this, [this] {
        QMessageBox::about(this, tr("About RouteStudio Connect"),
                           tr("<b>RouteStudio Connect %1</b><p>Connect to an L2TP/IPsec VPN "
                              "and install, verify and remove its split-tunnel routes.</p>")
                               .arg(QApplication::applicationVersion()));
    })->setObjectName(QStringLiteral("helpAbout"));
}

QString ConnectWindow::statusText() const
{
    return m_status->text();
}

QString ConnectWindow::logText() const
{
    return m_log->toPlainText();
}

bool ConnectWindow::importBundle(const QString &fileName, QString *error)
{
    if (m_session->state() != ConnectSession::State::Idle
        && m_session->state() != ConnectSession::State::Failed) {
        *error = tr("disconnect before importing another profile");
    } else if (m_form->importBundle(fileName, error)) {
        m_status->setText(tr("Profile imported: %1").arg(m_form->imported()->displayName));
        return true;
    }
    appendLog(tr("import failed: %1").arg(*error));
    m_status->setText(tr("Import failed: %1").arg(*error));
    return false;
}

void ConnectWindow::reportOpenFailure(const QString &message)
{
    appendLog(message);
    m_status->setText(message);
}

void ConnectWindow::chooseBundle()
{
    const QString f = QFileDialog::getOpenFileName(
        this, tr("Import Profile"), QString(),
        tr("RouteStudio profile bundles (*.tar.gz *.tgz *.zip *.tar);;All files (*)"));
    if (f.isEmpty())
        return;
    QString error;
    if (!importBundle(f, &error))
        QMessageBox::warning(this, tr("Import Profile"),
                             tr("The profile was not imported.\n\n%1").arg(error));
}

void ConnectWindow::appendLog(const QString &line)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + line);
}

void ConnectWindow::toggle()
{
    if (m_session->state() == ConnectSession::State::Connected)
        disconnectVpn();
    else
        connectVpn();
}

void ConnectWindow::connectVpn()
{
    const ConnectSession::State s = m_session->state();
    if (s == ConnectSession::State::Connected || s == ConnectSession::State::Connecting)
        return;
    QString error;
    const auto profile = m_form->profile(&error);
    if (!profile) {
        appendLog(tr("cannot connect: %1").arg(error));
        m_status->setText(tr("Not connected: %1").arg(error));
        return;
    }
    m_session->setProfile(*profile);
    m_form->rememberCredentials(*profile);
    m_session->connectVpn();
}

void ConnectWindow::disconnectVpn()
{
    m_session->disconnectVpn();
}

void ConnectWindow::updateState()
{
    const ConnectSession::State s = m_session->state();
    const bool busy = s == ConnectSession::State::Connecting ||
                      s == ConnectSession::State::Disconnecting;
    const bool up = s == ConnectSession::State::Connected;
    QString text = ConnectSession::stateText(s);
    if (up && m_session->tunnel())
        text = tr("Connected on %1, address %2")
                   .arg(m_session->tunnel()->interface, m_session->tunnel()->local.toString());
    if (up && m_session->onBackup()) // failover: say which server carries the VPN
        text += tr(" — through the backup server %1 (hub %2)")
                    .arg(m_session->profile().gateway, m_session->profile().hubId);
    if (s == ConnectSession::State::Failed)
        text = tr("Failed: %1").arg(m_session->lastError());
    m_status->setText(text);
    m_statusIcon->setState(s, text);
    m_button->setText(up ? tr("Disconnect") : tr("Connect"));
    m_button->setIcon(AppIcons::icon(up ? QStringLiteral("network-disconnect")
                                        : QStringLiteral("network-connect")));
    m_button->setEnabled(!busy);
    m_form->setEnabled(!up && !busy);
    m_trayConnect->setEnabled(!up && !busy);
    m_trayDisconnect->setEnabled(up);
    m_stateText = text;
    updateTray();
    if (!up)
        m_banner->hide();
    if (up)
        m_poll->start(kPollMs);
    else
        m_poll->stop();
    updateElapsed();
}

void ConnectWindow::updateTray()
{
    const TargetState state = m_monitor ? m_monitor->state() : TargetState::Unknown;
    const bool up = m_session->state() == ConnectSession::State::Connected;
    const QIcon base = AppIcons::application();
    m_tray->setIcon(up && state != TargetState::Unknown ? stateIcon(base, state) : base);
    m_tray->setToolTip(up && m_monitor ? tr("RouteStudio: %1 — tunnel %2")
                                             .arg(m_stateText, StateColors::label(state))
                                       : tr("RouteStudio: %1").arg(m_stateText));
}

void ConnectWindow::showRouteCheck(int misrouted, int expected)
{
    m_banner->setVisible(misrouted > 0);
    if (misrouted > 0)
        m_bannerText->setText(
            tr("%n of %1 route(s) no longer point into the tunnel (the interface may have "
               "flapped).",
               nullptr, misrouted)
                .arg(expected));
}

void ConnectWindow::updateElapsed()
{
    const qint64 s = m_session->elapsedMs() / 1000;
    m_elapsed->setText(m_session->state() == ConnectSession::State::Connected
                           ? QStringLiteral("%1:%2:%3")
                                 .arg(s / 3600, 2, 10, QLatin1Char('0'))
                                 .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                                 .arg(s % 60, 2, 10, QLatin1Char('0'))
                           : QString());
}

void ConnectWindow::closeEvent(QCloseEvent *event)
{
    // Connected: keep running in the tray; closing must not strand routes.
    if (m_session->state() == ConnectSession::State::Connected &&
        QSystemTrayIcon::isSystemTrayAvailable()) {
        hide();
        event->ignore();
        return;
    }
    if (m_session->state() == ConnectSession::State::Connected)
        m_session->disconnectVpn();
    event->accept();
}
