#pragma once
// A deterministic synthetic leader (DESIGN.md §7): years of check-ins shaped by the
// school year (heavier mid-term, lighter in holidays), weekly domain ratings and journal
// entries in English and Welsh, all from a seed. Used by UI tests, screenshots and
// benchmarks; never by the app on real data.
#include "../Error.h"
#include "../model/Checkin.h"
#include "../model/JournalEntry.h"
#include "../model/WeeklyRating.h"
#include "../Clock.h"

#include <QDate>
#include <QVector>

namespace saib {

class Database;

struct SyntheticOptions {
    quint32 seed = 2026;
    QDate lastDay = saib::Clock::today();
    int days = 365;
    int journalEntries = 40;
    int wordsPerEntry = 400;
    // Makes the final week heavy, so the support signposting shows.
    bool endInHighLoad = false;
    // Benchmark shape: a check-in on every day (else most school days and some others),
    // exactly this many weekly ratings on the latest weeks (-1: most weeks, at random),
    // some check-ins with a short note, and journal text drawn from a large English and
    // Welsh vocabulary (else a small fixed word list, which the UI tests rely on).
    bool checkinEveryDay = false;
    int weeklyRatings = -1;
    bool checkinNotes = false;
    bool richText = false;

    // DESIGN.md §7: 3,650 daily check-ins, 520 weekly ratings and 5,000 journal entries of
    // about 400 words each (about 2 million words, roughly 60% English and 40% Welsh).
    static SyntheticOptions tenYears(quint32 seed, const QDate &lastDay);
};

struct SyntheticData {
    QVector<Checkin> checkins;
    QVector<WeeklyRating> ratings;
    QVector<JournalEntry> entries;
};

SyntheticData generateSyntheticLeader(const SyntheticOptions &options);
// Total words in the journal titles and bodies.
qint64 wordCount(const SyntheticData &data);
// Writes it all into an open store, committing every `batch` records (one transaction
// per batch rather than per record, which would be one disk sync per record).
Error writeSyntheticLeader(Database &db, const SyntheticData &data, int batch = 500);

} // namespace saib
