#pragma once
#include <QString>

namespace saib::platform {
// Where Saib keeps its encrypted store when no --data-dir is given:
// Linux ~/.local/share/Saib, macOS ~/Library/Application Support/Saib,
// Windows %APPDATA%/Saib, Android/iOS the app's private data folder.
// SAIB_DATA_DIR in the environment overrides it (used by tests and portable installs).
QString defaultDataDir();
} // namespace saib::platform
