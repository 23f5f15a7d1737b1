#include "IsoTime.h"

namespace saib {

QString isoDay(const QDate &day) { return day.toString(Qt::ISODate); }
QDate dayFromIso(const QString &text) { return QDate::fromString(text, Qt::ISODate); }
QString isoTime(const QDateTime &at) { return at.toUTC().toString(Qt::ISODateWithMs); }
QDateTime timeFromIso(const QString &text) { return QDateTime::fromString(text, Qt::ISODateWithMs); }

} // namespace saib
