#pragma once

// An in-memory VpnBackend for session and window tests: it "connects" by
// reporting the tunnel the test set up, and records the calls it got.

#include "platform/common/vpnbackend.h"

#include <QStringList>

class FakeVpnBackend final : public VpnBackend
{
public:
    TunnelInfo tunnelInfo;
    VpnState state = VpnState::Disconnected;
    bool failConnect = false;
    QStringList silentServers; // connect fails for these gateways (no answer)
    QStringList calls;
    QStringList dialed; // the gateway of each connect

    QString name() const override { return QStringLiteral("fake-vpn"); }
    bool ensureProfile(const ClientProfile &, QString *) override
    {
        calls << QStringLiteral("ensure");
        return true;
    }
    bool connect(const ClientProfile &p, QString *error) override
    {
        calls << QStringLiteral("connect");
        dialed << p.gateway;
        if (silentServers.contains(p.gateway)) {
            *error = QStringLiteral("fake: %1 does not answer").arg(p.gateway);
            return false;
        }
        if (failConnect) {
            *error = QStringLiteral("fake: activation failed");
            return false;
        }
        state = VpnState::Connected;
        return true;
    }
    bool disconnect(const ClientProfile &, QString *) override
    {
        calls << QStringLiteral("disconnect");
        state = VpnState::Disconnected;
        return true;
    }
    VpnState status(const ClientProfile &, QString *) override { return state; }
    std::optional<TunnelInfo> tunnel(const ClientProfile &, QString *error) override
    {
        if (state != VpnState::Connected || !tunnelInfo.isValid()) {
            *error = QStringLiteral("fake: no tunnel");
            return std::nullopt;
        }
        return tunnelInfo;
    }
};
