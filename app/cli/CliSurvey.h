#pragma once
#include <QStringList>

class QCommandLineParser;

namespace saib { class Vault; }

namespace saib::cli {
// `saib-cli survey join FILE | list | show ID | enrol ID --code CODE |
// answer ID --answers FILE [--yes] | status | send [--now]`: the app's survey flow, for
// scripts and the end-to-end test. Same encrypted records and settings as the app.
void addSurveyOptions(QCommandLineParser &parser);
int surveyCommand(Vault &vault, const QCommandLineParser &parser, const QStringList &args);
} // namespace saib::cli
