#pragma once
#include <QString>

namespace saib::platform {
// True when standard input is an interactive terminal.
bool stdinIsTerminal();
// Prints `prompt` to stderr and reads one line from stdin with echo turned off.
// Returns a null QString on end of input.
QString readSecretLine(const QString &prompt);
} // namespace saib::platform
