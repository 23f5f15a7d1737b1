#pragma once
// Translated labels the C++ side hands to QML (strength hints, dates), kept in one place
// so lupdate finds them under one context.
#include <QDate>
#include <QString>
#include <QStringList>

namespace saib::ui {
QString strengthLabel(int strength);
// "Wednesday 25 November 2026" / "Dydd Mercher 25 Tachwedd 2026" in the UI language.
QString longDay(const QDate &day, const QString &language);
QString shortDay(const QDate &day, const QString &language);
// "November 2026" / "Tachwedd 2026".
QString monthTitle(const QDate &day, const QString &language);
// Short weekday names, Monday first ("Mon".."Sun" / "Llun".."Sul").
QStringList weekdayNames(const QString &language);
} // namespace saib::ui
