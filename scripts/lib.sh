# Shared by scripts/run and scripts/test: install what is missing, configure, build.
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Debian 12 packages. Build: Qt 6 and tools. Tests: the real daemons the
# generated configs are proven against, Xvfb for the GUI, archive/keychain libs,
# qemu and the tools that unpack Debian's kernel for the VM lab (tests/vm/).
PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n
  libqt6opengl6-dev libxkbcommon-dev libgl-dev
  libarchive-dev qtkeychain-qt6-dev gnome-keyring libsecret-tools dbus
  xvfb xauth x11-utils libxcb-cursor0 imagemagick trayer
  strongswan-swanctl strongswan-charon strongswan-starter libcharon-extra-plugins
  libstrongswan-extra-plugins libstrongswan-standard-plugins
  xl2tpd ppp nftables iptables iproute2 iputils-ping util-linux procps jq dash
  network-manager network-manager-l2tp
  ansible desktop-file-utils appstream lintian dpkg-dev file librsvg2-bin gzip
  qemu-system-x86 kmod cpio xz-utils tshark
  dnsmasq dhcpcd-base socat
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}" >&2
  as_root apt-get update -qq
  # Daemons from these packages must not start on the host (no init here, and
  # we never touch the host's network): policy-rc.d forbids service starts.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
    as_root chmod 755 /usr/sbin/policy-rc.d
    local remove_policy=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >&2
  [ -n "${remove_policy:-}" ] && as_root rm -f /usr/sbin/policy-rc.d
  return 0
}

# configure_and_build PRESET
configure_and_build() {
  local preset=$1
  cd "$ROOT"
  if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset" >&2
  fi
  cmake --build --preset "$preset" >&2
}
