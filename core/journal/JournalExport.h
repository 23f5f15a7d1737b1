#pragma once
// Export of the journal to plain files the leader controls (one Markdown file per entry,
// or one JSON file), and import of such a JSON file. Exports are NOT encrypted: the UI
// and CLI say so before writing.
#include "../Error.h"
#include "../model/JournalEntry.h"

#include <QString>
#include <QVector>

namespace saib {

class JournalStore;

struct ImportSummary {
    int added = 0;
    int updated = 0;
    int skipped = 0; // already present and not older than the file's copy
};

namespace JournalExport {
// File name for an entry: "2026-11-25-a-hard-day-1a2b3c4d.md".
QString markdownFileName(const JournalEntry &entry);
QString toMarkdown(const JournalEntry &entry);
// Writes one .md file per entry into `folder` (created if needed). Returns files written.
Result<int> writeMarkdown(const QVector<JournalEntry> &entries, const QString &folder);
Error writeJson(const QVector<JournalEntry> &entries, const QString &file);
// Reads a JSON export into the store: new ids are added, newer copies replace older.
Result<ImportSummary> importJson(JournalStore &store, const QString &file);
} // namespace JournalExport

} // namespace saib
