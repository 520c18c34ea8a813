#pragma once

// The OS tools the Connect window's tests put first on PATH (FakeBin): an
// nmcli whose connection comes up (or fails to, when the test leaves a file
// named "fail" in $FAKEBIN_DIR) and goes down, and an `ip -j addr` showing
// ppp0 with 10.8.0.5 -> 10.8.0.1; and the rig the window's tests connect
// through: the real nmcli backend against those tools, an in-memory route
// table, a session over both.

#include "../../platform/fakebin.h"
#include "../../platform/fakeroutebackend.h"
#include "platform/common/connectsession.h"
#include "platform/common/processrunner.h"
#include "platform/linux/nmclivpnbackend.h"

#include <QString>

namespace FakeConnectTools {

inline const QString kNmcli = QStringLiteral(R"SH(
d="$FAKEBIN_DIR"
case "$*" in
  "-g connection.uuid connection show id"*) echo "Error: not found" >&2; exit 10 ;;
  "connection add"*) echo "Connection added." ;;
  "--wait"*)
    if [ -f "$d/fail" ]; then echo "Error: Connection activation failed." >&2; exit 4; fi
    touch "$d/up"; echo "Connection successfully activated" ;;
  "connection down"*) rm -f "$d/up"; echo "Connection successfully deactivated" ;;
  "-g GENERAL.STATE"*) [ -f "$d/up" ] && echo activated ;;
  "-g IP4.ADDRESS"*) echo "10.8.0.5/32" ;;
  *) exit 99 ;;
esac
)SH");

inline const QString kIp = QStringLiteral(
    "echo '[{\"ifindex\":4,\"ifname\":\"ppp0\",\"flags\":[\"POINTOPOINT\",\"UP\"],"
    "\"addr_info\":[{\"family\":\"inet\",\"local\":\"10.8.0.5\",\"address\":\"10.8.0.1\","
    "\"prefixlen\":32}]}]'");

struct NmcliRig
{
    // `nmcli`: the fake's script; `withIp`: install the fake `ip` as well.
    explicit NmcliRig(const QString &nmcli = kNmcli, bool withIp = true)
    {
        bin.install(QStringLiteral("nmcli"), nmcli);
        if (withIp)
            bin.install(QStringLiteral("ip"), kIp);
    }

    FakeBin bin; // first: PATH leads to it before anything runs
    ProcessRunner runner;
    NmcliVpnBackend vpn{&runner, PlatformOptions{}};
    FakeRouteBackend routes;
    ConnectSession session{&vpn, &routes, &runner};
};

} // namespace FakeConnectTools
