#pragma once
#include <QCommandLineParser>
#include <QDate>

namespace saib { class Vault; }

namespace saib::cli {
// --year, --kind, --label for the calendar commands.
void addCalendarOptions(QCommandLineParser &parser);
// calendar [--year YYYY] | calendar regions | calendar set REGION |
// calendar mark FROM TO [--kind inspection|other] [--label TEXT] | calendar inset DAY
int calendarCommand(Vault &vault, const QCommandLineParser &parser, const QStringList &args, const QDate &today);
} // namespace saib::cli
