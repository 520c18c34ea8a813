#pragma once

#include "core/monitor/tunnelcheck.h"

#include <QWidget>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

// The tunnel check for a connected profile: lists each installed route and
// whether it still points into the tunnel, and offers to re-apply the ones
// that do not. The caller hands in the route lookup (RouteInspector) and the
// tunnel's interface whenever the connection changes.
class TunnelCheckPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TunnelCheckPanel)

public:
    explicit TunnelCheckPanel(QWidget *parent = nullptr);

    // inspector == nullptr or an empty interface: nothing to check.
    void setContext(RouteInspector *inspector, const QString &profileId, const QString &tunnelInterface,
                    const QList<Ipv4Prefix> &routes);

    const std::optional<TunnelCheck> &lastCheck() const { return m_last; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *reapplyButton() const { return m_reapply; }
    QListWidget *results() const { return m_list; }

public Q_SLOTS:
    void check();
    void reapply();

Q_SIGNALS:
    // After every check: how many of the profile's routes point into the tunnel.
    void checked(const QString &profileId, int routesInTunnel, int routesExpected);

private:
    void show(const TunnelCheck &check);

    RouteInspector *m_inspector = nullptr;
    QString m_profile;
    QString m_interface;
    QList<Ipv4Prefix> m_routes;
    std::optional<TunnelCheck> m_last;
    QPushButton *m_check;
    QPushButton *m_reapply;
    QLabel *m_summary;
    QListWidget *m_list;
};
