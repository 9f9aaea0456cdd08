#!/usr/bin/env bash
# Installs every Debian package Kestrel needs to build, run and test.
# Idempotent and non-interactive: packages already present are skipped, so a
# second run costs one dpkg query. Uses sudo when not run as root.
set -euo pipefail

PACKAGES=(
  cmake g++ pkg-config ccache make
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-psql
  qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libqt6svg6 qt6-translations-l10n
  libpqxx-dev libxgboost-dev libspdlog-dev libeigen3-dev libxlsxwriter-dev libnanoflann-dev zlib1g-dev
  libgtest-dev libgmock-dev libbenchmark-dev libcli11-dev liblbfgspp-dev
  postgresql-15 postgresql-contrib postgresql-client-15
  fonts-dejavu-core xvfb xauth util-linux jq time
  python3-xgboost python3-sklearn python3-scipy
)

missing=()
for p in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
  -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"
# The Debian package starts a system-wide cluster; Kestrel runs its own, so it is left alone.
echo "install-deps: done"
