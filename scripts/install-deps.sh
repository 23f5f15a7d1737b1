#!/usr/bin/env bash
# Installs every Debian bookworm package Saib needs to build, run and test.
# Safe to run repeatedly: it only calls apt when something is missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config ninja-build
  clang libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  postgresql
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml
  qml6-module-qtqml-workerscript qml6-module-qtqml-models qml6-module-qttest
  qml6-module-qtquick-shapes qml6-module-qtquick-dialogs
  qml6-module-qt-labs-settings qml6-module-qt-labs-folderlistmodel
  libsqlcipher-dev sqlite3 libsodium-dev catch2 qtkeychain-qt6-dev libqrencode-dev zlib1g-dev
  gnome-keyring libsecret-1-0 dbus-daemon
  libgl-dev fonts-dejavu-core fonts-material-design-icons-iconfont
  xvfb xauth imagemagick
  at-spi2-core python3-pyatspi xdotool dbus-bin
  pandoc poppler-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "saib: all build packages present"
  exit 0
fi

echo "saib: installing ${#missing[@]} missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
