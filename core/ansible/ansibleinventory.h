#pragma once

#include "core/model/topology.h"

#include <QString>

// inventory.ini: one host per site (named by its id, ansible_host = its
// public address), a group per platform (linux_strongswan, cisco_ios,
// mikrotik, pfsense), hubs/gateways groups, network-device connection vars
// for Cisco and MikroTik, and an empty linux_clients group with an example.
namespace AnsibleInventory {

QString ini(const Topology &topology);
QString groupName(Platform platform); // "linux_strongswan"

} // namespace AnsibleInventory
