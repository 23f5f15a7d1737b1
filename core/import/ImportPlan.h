#pragma once
// What an import from another app would write, read from its file without touching the
// store: shown as a preview first (counts, and what is skipped and why), then written
// by applyImport() in one transaction. Parsers: DayOneImport, DaylioImport, CheckinCsv.
#include "../Error.h"
#include "../model/Checkin.h"
#include "../model/JournalEntry.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace saib {

class Database;

enum class ImportSkipReason {
    Empty,          // no text at all
    InvalidDate,    // a date or time that cannot be read
    FutureDay,      // dated after today
    SameDay,        // a second check-in for a day already in the file (the first is kept)
    UnknownMood,    // a Daylio mood with no mapping
    TooLong,        // longer than Saib keeps in one entry
    AlreadyThere,   // applyImport: already in the store (re-import adds nothing twice)
};

struct ImportSkip {
    int where = 0; // 1-based line (CSV) or entry (JSON)
    ImportSkipReason reason = ImportSkipReason::Empty;
    QString detail; // e.g. the unknown mood's name; shown as is
};

struct ImportPlan {
    QVector<JournalEntry> entries;
    QVector<Checkin> checkins;
    QVector<ImportSkip> skipped;

    int days() const;        // distinct days with an entry or a check-in
    QStringList tags() const; // distinct tags, first-seen order
};

// A file that cannot be imported at all: ImportInvalid, naming the line or entry.
struct ImportParse {
    ImportPlan plan;
    Error error;
    int where = 0;      // 1-based line or entry; 0 for the whole file
    bool byLine = true; // `where` (and each skip's) counts lines (CSV) or entries (JSON, backups)

    bool ok() const { return error.ok(); }
    static ImportParse failure(int where, bool byLine, const QString &detail);
};

struct ImportOutcome {
    int entriesAdded = 0;
    int checkinsAdded = 0;
    QVector<ImportSkip> alreadyThere;
};

// A stable record id for an imported item, so importing the same file again finds it.
QString importedId(const QString &source, const QString &key);

// Writes the plan in one transaction (all or nothing). Entries whose id is already in the
// store, and check-ins for a day that already has one, are left as they are and counted
// in alreadyThere. With dryRun, nothing is written and the counts say what would be.
Result<ImportOutcome> applyImport(Database &db, const ImportPlan &plan, const QDate &today, bool dryRun);

// Sentences in the UI language, for the app and saib-cli.
QString skipReasonText(const ImportSkip &skip);
QString importFailureText(const ImportParse &parse);

} // namespace saib
