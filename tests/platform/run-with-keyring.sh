#!/usr/bin/env bash
# Runs the keychain tests against a real Secret Service: a private D-Bus session bus
# (dbus-run-session) with its own gnome-keyring-daemon, whose login keyring is created
# and unlocked headlessly with a throwaway password, in a throwaway HOME so the real
# user's keyrings are never touched. Exits 77 (CTest: skipped) when the tools are absent.
set -euo pipefail
test_binary=$1
shift
for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIPPED: $tool is not installed (scripts/install-deps.sh installs it), so there is no Secret Service to test against"
    exit 77
  fi
done
home=$(mktemp -d /tmp/saib-keyring.XXXXXX)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config \
       XDG_CACHE_HOME=$home/.cache XDG_RUNTIME_DIR=$home/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- bash -c '
  # --unlock reads the password on stdin, creating the "login" keyring if need be.
  eval "$(printf %s saib-test-keyring | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
  export GNOME_KEYRING_CONTROL
  exec "$@"' keyring "$test_binary" "$@"
