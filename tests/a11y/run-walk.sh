#!/usr/bin/env bash
# Walks the real Saib GUI through AT-SPI, as Orca would see it: a private X server (Xvfb),
# a private D-Bus session (dbus-run-session) with the AT-SPI bus on it, a throwaway data
# folder and a fixed "today". Usage: run-walk.sh PATH/TO/saib [walk.py options]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
saib="$(realpath "$1")"; shift

work="$(mktemp -d)"
xvfb_pid=""
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# A free display number: the first without a lock file.
display=90
while [ -e "/tmp/.X${display}-lock" ] || [ -e "/tmp/.X11-unix/X${display}" ]; do display=$((display + 1)); done
Xvfb ":${display}" -screen 0 1400x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display}" ] && break; sleep 0.1; done

export DISPLAY=":${display}"
export SAIB_WALK_APP="$saib"
export SAIB_WALK_DATA="$work/data"
export SAIB_NOW="${SAIB_NOW:-2026-03-18T08:15:00}"
export XDG_RUNTIME_DIR="$work/runtime"; mkdir -m 700 -p "$XDG_RUNTIME_DIR"
export HOME="$work/home"; mkdir -p "$HOME"
export QT_QPA_PLATFORM=xcb
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
export QT_ACCESSIBILITY=1
export NO_AT_BRIDGE=0
export GTK_A11Y=none
# dbus-run-session gives the walk its own session bus. Asking it for the AT-SPI bus address
# starts at-spi-bus-launcher (D-Bus activation, from Debian's at-spi2-core) before the app
# and pyatspi look for it. /usr/bin/python3: pyatspi is a Debian package, not a pip one.
exec dbus-run-session -- bash -c '
  for _ in $(seq 50); do
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 && break
    sleep 0.1
  done
  exec /usr/bin/python3 "${SAIB_WALK_SCRIPT:-'"$here"'/walk.py}" "$@"
' walk "$@" 2> >(grep -v -e "Failed to set fd limit" -e "Activating service" -e "Successfully activated" >&2)
