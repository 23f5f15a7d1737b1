#pragma once
#include <QCommandLineParser>

namespace saib { class Vault; }

namespace saib::cli {
// --range, and the six domain options for `rating add`.
void addInsightsOptions(QCommandLineParser &parser);
// Prints the dashboard's figures (the same JSON the app renders).
int insightsShow(Vault &vault, const QCommandLineParser &parser);
// Saves this week's six-domain rating.
int ratingAdd(Vault &vault, const QCommandLineParser &parser);
} // namespace saib::cli
