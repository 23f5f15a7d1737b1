#pragma once
#include <QCommandLineParser>

namespace saib { class Vault; }

namespace saib::cli {
// Adds the check-in options (--hours, --demand, ...) to the parser.
void addCheckinOptions(QCommandLineParser &parser);
int checkinAdd(Vault &vault, const QCommandLineParser &parser);
int checkinList(Vault &vault, const QCommandLineParser &parser);
} // namespace saib::cli
