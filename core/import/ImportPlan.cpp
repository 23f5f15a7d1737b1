#include "ImportPlan.h"
#include "../store/CheckinStore.h"
#include "../store/Database.h"
#include "../store/JournalStore.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

namespace saib {

int ImportPlan::days() const
{
    QSet<QDate> days;
    for (const JournalEntry &e : entries)
        days.insert(e.day);
    for (const Checkin &c : checkins)
        days.insert(c.day);
    return int(days.size());
}

QStringList ImportPlan::tags() const
{
    QStringList all;
    for (const JournalEntry &e : entries)
        all << e.tags;
    for (const Checkin &c : checkins)
        all << c.drainedBy << c.sustainedBy;
    all.removeDuplicates();
    return all;
}

ImportParse ImportParse::failure(int where, bool byLine, const QString &detail)
{
    ImportParse p;
    p.error = Error(ErrorCode::ImportInvalid, detail);
    p.where = where;
    p.byLine = byLine;
    return p;
}

QString importedId(const QString &source, const QString &key)
{
    // A name-based (v5) UUID in a namespace of Saib's own: the same item always gets the
    // same id, and it cannot collide with the random ids Saib gives its own records.
    static const QUuid kNamespace(QStringLiteral("{6a0f3b52-8d7e-4c1a-9b0e-5a1d2c3e4f60}"));
    return QUuid::createUuidV5(kNamespace, source + QLatin1Char(':') + key).toString(QUuid::WithoutBraces);
}

Result<ImportOutcome> applyImport(Database &db, const ImportPlan &plan, const QDate &today, bool dryRun)
{
    ImportOutcome outcome;
    JournalStore journal(db);
    CheckinStore checkins(db);
    auto body = [&]() -> Error {
        for (int i = 0; i < plan.entries.size(); ++i) {
            const JournalEntry &e = plan.entries[i];
            auto existing = journal.get(e.id);
            if (!existing.ok())
                return existing.error();
            if (existing.value()) {
                outcome.alreadyThere << ImportSkip{i + 1, ImportSkipReason::AlreadyThere, e.title};
                continue;
            }
            if (!dryRun) {
                if (auto saved = journal.save(e); !saved.ok())
                    return saved.error();
            }
            ++outcome.entriesAdded;
        }
        for (int i = 0; i < plan.checkins.size(); ++i) {
            const Checkin &c = plan.checkins[i];
            auto existing = checkins.forDay(c.day);
            if (!existing.ok())
                return existing.error();
            if (existing.value()) {
                outcome.alreadyThere << ImportSkip{i + 1, ImportSkipReason::AlreadyThere, c.day.toString(Qt::ISODate)};
                continue;
            }
            if (!dryRun) {
                if (auto saved = checkins.save(c, today); !saved.ok())
                    return saved.error();
            }
            ++outcome.checkinsAdded;
        }
        return {};
    };
    if (Error e = dryRun ? body() : db.transaction(body); !e.ok())
        return e;
    return outcome;
}

QString skipReasonText(const ImportSkip &skip)
{
    switch (skip.reason) {
    case ImportSkipReason::Empty:
        return QCoreApplication::translate("Import", "nothing written in it");
    case ImportSkipReason::InvalidDate:
        return QCoreApplication::translate("Import", "its date cannot be read");
    case ImportSkipReason::FutureDay:
        return QCoreApplication::translate("Import", "its date is in the future");
    case ImportSkipReason::SameDay:
        return QCoreApplication::translate("Import", "a second check-in for the same day (the first is kept)");
    case ImportSkipReason::UnknownMood:
        return QCoreApplication::translate("Import", "no mapping for the mood “%1”").arg(skip.detail);
    case ImportSkipReason::TooLong:
        return QCoreApplication::translate("Import", "too long for one entry");
    case ImportSkipReason::AlreadyThere:
        return QCoreApplication::translate("Import", "already in Saib");
    }
    return {};
}

QString importFailureText(const ImportParse &parse)
{
    if (parse.where <= 0)
        return QCoreApplication::translate("Import", "This file cannot be imported: it is not in the form expected.");
    return parse.byLine
        ? QCoreApplication::translate("Import", "This file cannot be imported: line %1 is not in the form expected.").arg(parse.where)
        : QCoreApplication::translate("Import", "This file cannot be imported: entry %1 is not in the form expected.").arg(parse.where);
}

} // namespace saib
