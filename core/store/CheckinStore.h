#pragma once
// Reads and writes check-ins in the encrypted database. One check-in per local day:
// saving a day that already has one edits it (keeping its id and created time).
#include "../Error.h"
#include "../model/Checkin.h"

#include <QVector>
#include <optional>

namespace saib {

class Database;

class CheckinStore {
public:
    explicit CheckinStore(Database &db) : m_db(db) {}

    // Validates, then inserts or updates the check-in for `checkin.day` atomically.
    Result<Checkin> save(Checkin checkin, const QDate &today);
    Result<std::optional<Checkin>> forDay(const QDate &day);
    // Check-ins with from <= day <= to, newest first.
    Result<QVector<Checkin>> between(const QDate &from, const QDate &to);
    Error remove(const QDate &day);
    Result<int> count();
    // The day of the first check-in (the history calendar goes back to it); an invalid
    // date when there is none.
    Result<QDate> firstDay();

private:
    Database &m_db;
};

} // namespace saib
