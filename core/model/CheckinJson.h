#pragma once
// JSON form of a check-in, shared by `saib-cli checkin list --json` and exports.
#include "Checkin.h"

#include <QJsonObject>

namespace saib {
QJsonObject toJson(const Checkin &checkin);
} // namespace saib
