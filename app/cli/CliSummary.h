#pragma once
#include <QCommandLineParser>

namespace saib { class Vault; }

namespace saib::cli {
// --include, --pdf, --text (--from, --to and --lang are shared with other commands).
void addSummaryOptions(QCommandLineParser &parser);
// saib-cli summary: the summary for a coach as a PDF and/or plain text, owner-only.
// Needs a QGuiApplication (fonts), which main() makes for this command only.
int summaryCommand(Vault &vault, const QCommandLineParser &parser);
} // namespace saib::cli
