#pragma once
// The History page's month calendar: one month as 6 weeks x 7 days (Monday first), each
// day with its check-in's load at a glance, as plain maps for QML. Kept apart from
// CheckinController so the controller stays about reading and saving days.
#include <core/store/CheckinStore.h>

#include <QDate>
#include <QVariantList>

namespace saib::ui {

// How heavy a day was: the higher of demand and emotional load, in three bands.
enum class DayLoad { NoCheckin = 0, Light = 1, Moderate = 2, Heavy = 3, NotRated = 4 };
DayLoad dayLoad(const Checkin &checkin);

// 42 cells from the Monday on or before the 1st of year/month. Each cell:
// {day (yyyy-MM-dd), date (1-31), inMonth, exists, load (DayLoad as int), demand,
// emotional (null when unanswered), isToday, isFuture, label (for screen readers)}.
// A read error gives the grid without check-ins.
QVariantList monthCells(CheckinStore &store, int year, int month, const QDate &today,
                        const QString &language);

} // namespace saib::ui
