#pragma once

#include <QMainWindow>

class ConnectSession;
class CredentialStore;
class ProfileForm;
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
class ConnectWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectWindow)

public:
    ConnectWindow(ConnectSession *session, CredentialStore *store, QWidget *parent = nullptr);

    ProfileForm *profileForm() const { return m_form; }
    QPushButton *connectButton() const { return m_button; }
    RouteTableModel *routeModel() const { return m_routes; }
    QString statusText() const;
    QString logText() const;
    QAction *trayConnectAction() const { return m_trayConnect; }
    QAction *trayDisconnectAction() const { return m_trayDisconnect; }

    // Imports a user bundle as the profile to connect. On failure the status
    // line and the log name the problem and the current profile stays.
    bool importBundle(const QString &fileName, QString *error);
    QAction *importAction() const { return m_import; }

public Q_SLOTS:
    void chooseBundle();
    void connectVpn();
    void disconnectVpn();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void toggle();
    void appendLog(const QString &line);
    void updateState();
    void updateElapsed();

    ConnectSession *m_session;
    ProfileForm *m_form;
    QPushButton *m_button;
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
};
