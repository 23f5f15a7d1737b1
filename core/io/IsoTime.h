#pragma once
// How Saib writes days and instants as text, in the store, backups, exports and sync:
// a day is yyyy-MM-dd (the leader's local date, no zone); an instant is UTC with
// milliseconds, 2026-01-05T07:30:00.000Z, so text order is time order.
#include <QDate>
#include <QDateTime>
#include <QString>

namespace saib {

QString isoDay(const QDate &day);
QDate dayFromIso(const QString &text); // invalid when `text` is not yyyy-MM-dd
QString isoTime(const QDateTime &at);
QDateTime timeFromIso(const QString &text); // invalid when `text` is not ISO 8601

} // namespace saib
