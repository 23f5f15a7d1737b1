#pragma once
#include <QCommandLineParser>
#include <QStringList>

namespace saib { class Vault; }

namespace saib::cli {
// Adds the journal and prompt options (--title, --body, --tags, ...) to the parser.
// --json and --day are shared with the check-in commands (see addCheckinOptions).
void addJournalOptions(QCommandLineParser &parser);

int journalAdd(Vault &vault, const QCommandLineParser &parser);
int journalList(Vault &vault, const QCommandLineParser &parser);
// `words` are the positional arguments after "journal search".
int journalSearch(Vault &vault, const QCommandLineParser &parser, const QStringList &words);
// `target` holds the positional arguments after "journal export|import": one path.
int journalExport(Vault &vault, const QCommandLineParser &parser, const QStringList &target);
int journalImport(Vault &vault, const QCommandLineParser &parser, const QStringList &target);
// Needs no passphrase: the prompt library is public data built into the binary.
int listPrompts(const QString &dataDir, const QCommandLineParser &parser);
} // namespace saib::cli
