#pragma once
// A deterministic synthetic leader (DESIGN.md §7): years of check-ins shaped by the
// school year (heavier mid-term, lighter in holidays), weekly domain ratings and journal
// entries in English and Welsh, all from a seed. Used by UI tests, screenshots and
// benchmarks; never by the app on real data.
#include "../Error.h"
#include "../model/Checkin.h"
#include "../model/JournalEntry.h"
#include "../model/WeeklyRating.h"

#include <QDate>
#include <QVector>

namespace saib {

class Database;

struct SyntheticOptions {
    quint32 seed = 2026;
    QDate lastDay = QDate::currentDate();
    int days = 365;
    int journalEntries = 40;
    int wordsPerEntry = 400;
    // Makes the final week heavy, so the support signposting shows.
    bool endInHighLoad = false;
};

struct SyntheticData {
    QVector<Checkin> checkins;
    QVector<WeeklyRating> ratings;
    QVector<JournalEntry> entries;
};

SyntheticData generateSyntheticLeader(const SyntheticOptions &options);
// Writes it all into an open store in a few transactions.
Error writeSyntheticLeader(Database &db, const SyntheticData &data);

} // namespace saib
