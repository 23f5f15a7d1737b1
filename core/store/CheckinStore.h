#pragma once
// Reads and writes check-ins in the encrypted database. One check-in per local day:
// saving a day that already has one edits it (keeping its id and created time).
#include "../Error.h"
#include "../model/Checkin.h"
#include "PutOptions.h"

#include <QVector>
#include <optional>

namespace saib {

class Database;

class CheckinStore {
public:
    explicit CheckinStore(Database &db) : m_db(db) {}

    // Normalises, validates and stamps (keeping the day's existing id and created time),
    // then put()s the check-in for `checkin.day`.
    Result<Checkin> save(Checkin checkin, const QDate &today);
    // Writes `checkin` exactly as given (id, times, tag order), replacing any check-in of
    // the same day, with its tags and search entry. No validation (callers validate) and
    // no transaction of its own: it runs inside the caller's.
    Error put(const Checkin &checkin, PutOptions options = {});
    Result<std::optional<Checkin>> forDay(const QDate &day);
    // forDay() for many days at once (two queries in all): the check-ins found, in no order.
    Result<QVector<Checkin>> forDays(const QList<QDate> &days);
    // Check-ins with from <= day <= to, newest first.
    Result<QVector<Checkin>> between(const QDate &from, const QDate &to);
    Error remove(const QDate &day);
    // Every day that has a check-in (the sync key of each).
    Result<QStringList> days();
    Result<int> count();
    // The day of the first check-in (the history calendar goes back to it); an invalid
    // date when there is none.
    Result<QDate> firstDay();

private:
    Database &m_db;
};

} // namespace saib
