#pragma once

#include <QString>

// site.yml: installs each Linux box's files (host_vars/<site>.yml lists them
// with mode and service) below `routestudio_root` (default "" = /), then the
// handlers reload strongSwan (swanctl --load-all), restart xl2tpd and reload
// nftables — only when `routestudio_reload` is true (default) and not with
// --skip-tags reload. A second play sets up linux_clients with
// community.general.nmcli (type vpn, NetworkManager-l2tp) from clients.yml.
namespace AnsiblePlaybook {

QString siteYml();

} // namespace AnsiblePlaybook
