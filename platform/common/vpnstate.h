#pragma once

// What the OS says about the VPN profile.
enum class VpnState { Unknown, Missing, Disconnected, Connecting, Connected, Disconnecting };
