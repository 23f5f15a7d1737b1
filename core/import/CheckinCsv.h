#pragma once
// A plain CSV of check-ins, for leaders who kept them in a spreadsheet. The header must
// be exactly:
//   day,hours,strategic_percent,demand,emotional,energy,drained_by,sustained_by,note
// day is yyyy-mm-dd; hours 0-24 in steps of 0.5; strategic_percent 0-100; demand,
// emotional and energy 0-10; drained_by and sustained_by are tags separated by ';'
// (Saib's tag ids such as "workload", or your own words); note is optional text (quote
// it if it holds commas or line breaks). One row per day. Any bad value stops the whole
// import, naming its line; rows dated after today are skipped.
#include "ImportPlan.h"

#include <QByteArray>

namespace saib::CheckinCsv {
ImportParse parse(const QByteArray &csv, const QDate &today);
QByteArray header();
} // namespace saib::CheckinCsv
