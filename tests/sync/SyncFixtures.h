#pragma once
// Helpers for the sync suite: a throwaway encrypted store per "device", sample records,
// and a comparable snapshot of everything a store holds.
#include <core/model/Checkin.h>
#include <core/model/JournalEntry.h>
#include <core/store/CheckinStore.h>
#include <core/store/Database.h>
#include <core/store/InsightStores.h>
#include <core/store/JournalStore.h>
#include <core/store/SettingsStore.h>
#include <core/sync/SyncEngine.h>

#include <QMap>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>
#include <optional>

namespace saib::test {

// One device's encrypted store (SQLCipher with a random key; no passphrase needed here).
struct LocalStore {
    LocalStore();
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    QString path() const { return db->path(); }
    CheckinStore checkins() { return CheckinStore(*db); }
    JournalStore journal() { return JournalStore(*db); }
    RatingStore ratings() { return RatingStore(*db); }
    SettingsStore settings() { return SettingsStore(*db); }
};

// A device: its store and its sync engine.
struct SyncDevice {
    LocalStore store;
    std::unique_ptr<sync::SyncEngine> engine;
    SyncDevice();
};

QString conflictTitle(const QString &title);

Checkin checkinOn(const QDate &day, int demand, const QString &note = {});
JournalEntry newEntry(const QString &title, const QString &body, const QStringList &tags = {});
WeeklyRating ratingFor(const QDate &monday, int score);

// "kind/key" -> the record's JSON, for every synced record in the store.
QMap<QString, QString> snapshot(Database &db);

// Runs an engine call to completion.
Error run(const std::function<void(sync::SyncEngine::Done)> &call);

// One pairing run between two engines, as two people would do it: `joining` shows a
// code, `existing` is typed `typed` (the code itself when empty) and approves, and the
// joining device polls until the key has arrived or the run failed. Nothing is
// confirmed: the caller decides what the user answers.
struct PairingRun {
    QString code;               // as shown, "ABCDE-FGHJK"
    Error joined;               // the joining device's last finishJoin
    std::optional<Result<QString>> approved; // the existing device's string, or why not
};
PairingRun runPairing(sync::SyncEngine &existing, sync::SyncEngine &joining, const QUrl &relay,
                      const QString &typed = {});
// Polls `joining` (finishJoin) until it stops saying PairingPending.
Error pollJoin(sync::SyncEngine &joining);
// runPairing, then the user confirms the matching string on the joining device.
void pairAndConfirm(sync::SyncEngine &existing, sync::SyncEngine &joining, const QUrl &relay);

} // namespace saib::test
