#pragma once
// The leader's own figures over a survey's window, in the form core/survey/Prefill uses
// to pre-fill answers. Pure, so the figures can be checked on fixed data.
#include <core/model/Checkin.h>
#include <core/model/WeeklyRating.h>
#include <core/survey/Prefill.h>

#include <QVector>

namespace saib::ui {

survey::SummaryStats surveySummaryStats(const QVector<Checkin> &checkins, const QVector<WeeklyRating> &ratings);

} // namespace saib::ui
