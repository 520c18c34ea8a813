#pragma once

#include "core/monitor/targetstate.h"

#include <QMainWindow>

class ConnectMonitor;
class ConnectionStateIcon;
class ConnectSession;
class CredentialStore;
class ProfileForm;
class Prober;
class RouteBackend;
class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSystemTrayIcon;
class QTableView;
class QTimer;
class RouteTableModel;

// The end user's window: pick the profile, one Connect button, the status and
// elapsed time, the route table (installed / verified / refused with the
// reason), the log (secrets already redacted by the ProcessRunner), and a
// tray icon with Connect and Disconnect. All work happens in ConnectSession.
// With a prober, a Monitoring tab probes the tunnel while connected
// (ConnectMonitor); the tray icon's colour and tooltip follow its state, and a
// banner offers to re-apply routes the tunnel check finds lost.
class ConnectWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectWindow)

public:
    // `prober` and `routes` may be null: no monitoring then.
    ConnectWindow(ConnectSession *session, CredentialStore *store, Prober *prober = nullptr,
                  RouteBackend *routes = nullptr, QWidget *parent = nullptr);

    ProfileForm *profileForm() const { return m_form; }
    QPushButton *connectButton() const { return m_button; }
    ConnectionStateIcon *statusIcon() const { return m_statusIcon; }
    RouteTableModel *routeModel() const { return m_routes; }
    QString statusText() const;
    QString logText() const;
    QAction *trayConnectAction() const { return m_trayConnect; }
    QAction *trayDisconnectAction() const { return m_trayDisconnect; }

    // Imports a user bundle as the profile to connect. On failure the status
    // line and the log name the problem and the current profile stays.
    bool importBundle(const QString &fileName, QString *error);
    // A file given on the command line that could not be opened: the status line
    // and the log say so (a user who double-clicked it sees no terminal).
    void reportOpenFailure(const QString &message);
    QAction *importAction() const { return m_import; }
    ConnectMonitor *connectMonitor() const { return m_monitor; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QWidget *reapplyBanner() const { return m_banner; }
    QPushButton *reapplyButton() const { return m_reapply; }

public Q_SLOTS:
    void chooseBundle();
    void connectVpn();
    void disconnectVpn();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void toggle();
    void appendLog(const QString &line);
    void updateState();
    void updateElapsed();
    void updateTray();
    void showRouteCheck(int misrouted, int expected);

    ConnectSession *m_session;
    ProfileForm *m_form;
    QPushButton *m_button;
    ConnectionStateIcon *m_statusIcon;
    QLabel *m_status;
    QLabel *m_elapsed;
    RouteTableModel *m_routes;
    QTableView *m_table;
    QPlainTextEdit *m_log;
    QTimer *m_clock;
    QTimer *m_poll;
    QSystemTrayIcon *m_tray;
    QAction *m_trayConnect;
    QAction *m_trayDisconnect;
    QAction *m_import;
    ConnectMonitor *m_monitor = nullptr;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_reapply;
    QString m_stateText;
};
