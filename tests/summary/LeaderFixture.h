#pragma once
// A fixed store for the summary tests and the example in docs/: the synthetic leader's
// autumn term (check-ins and weekly ratings from the seed), two termly skills
// self-assessments and three journal entries written by hand, so the rendered
// example reads like a real one.
#include <core/vault/Vault.h>

#include <QDate>
#include <QStringList>

namespace saib::test {

inline const QDate kSummaryToday(2026, 11, 27);        // a Friday
inline const QString kSummaryNow = QStringLiteral("2026-11-27T18:00");

struct LeaderEntries {
    QString budget;     // ticked in the tests
    QString governors;  // ticked in the tests
    QString privateOne; // never ticked: its words must not appear
};

// Fills an unlocked vault. The journal entry ids are returned so tests can tick them.
LeaderEntries fillLeaderStore(Vault &vault);

inline const QString kPrivateWords = QStringLiteral("Nobody else should read about my brother");

} // namespace saib::test
