#include "CheckinJson.h"

#include <QJsonArray>

namespace saib {

QJsonObject toJson(const Checkin &c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("day"), c.day.toString(Qt::ISODate)},
        {QStringLiteral("hours"), c.hours},
        {QStringLiteral("strategicPercent"), c.strategicPercent},
        {QStringLiteral("demand"), c.demand},
        {QStringLiteral("emotional"), c.emotional},
        {QStringLiteral("energy"), c.energy},
        {QStringLiteral("drainedBy"), QJsonArray::fromStringList(c.drainedBy)},
        {QStringLiteral("sustainedBy"), QJsonArray::fromStringList(c.sustainedBy)},
        {QStringLiteral("note"), c.note},
        {QStringLiteral("createdAt"), c.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("updatedAt"), c.updatedAt.toString(Qt::ISODateWithMs)},
    };
}

} // namespace saib
