#pragma once

#include "core/generators/clients/clientsettings.h"

#include <QByteArray>
#include <QMap>
#include <QStringList>

// The NetworkManager-l2tp connection of one profile and user, as the settings
// NetworkManager stores (vpn.data, vpn.secrets, ipv4) and in the three forms
// RouteStudio writes: a keyfile, the nmcli arguments that create the same
// connection, and the passwd-file that hands nmcli the secrets.
class NetworkManagerProfile
{
public:
    explicit NetworkManagerProfile(const ClientSettings &settings);

    // vpn.data of NetworkManager-l2tp, keys sorted as NetworkManager writes them.
    QMap<QString, QString> data() const;
    // vpn.secrets: the user's password and the PSK ("0s" + base64).
    QMap<QString, QString> secrets() const;
    QStringList routes() const;

    QByteArray keyfile() const;
    // nmcli property arguments (after "connection add|modify ..."); no secrets.
    // `modify` also clears routes left from an earlier split-tunnel setup
    // (nmcli refuses an empty ipv4.routes on add).
    QStringList nmcliProperties(bool modify = false) const;
    // "vpn.secrets.password:..." lines for `nmcli connection up ... passwd-file F`.
    QByteArray passwdFile() const;

private:
    ClientSettings m_s;
};
