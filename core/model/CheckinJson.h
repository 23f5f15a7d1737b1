#pragma once
// JSON form of a check-in, shared by `saib-cli checkin list --json`, exports and backups.
#include "../Error.h"
#include "Checkin.h"

#include <QJsonObject>

namespace saib {
QJsonObject toJson(const Checkin &checkin);
// The strict inverse of toJson(): every field present with the right JSON type, the
// check-in valid (any day up to 9999-12-31: a backup may come from a clock ahead of
// ours), tags already normalised, id and timestamps set. ImportInvalid otherwise.
Result<Checkin> checkinFromJson(const QJsonObject &object);
} // namespace saib
