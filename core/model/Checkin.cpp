#include "Checkin.h"

#include <cmath>

namespace saib {

QStringList normaliseTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &raw : tags) {
        const QString tag = raw.simplified();
        if (!tag.isEmpty() && !out.contains(tag, Qt::CaseInsensitive))
            out << tag;
    }
    return out;
}

namespace {
Error validateTags(const QStringList &tags)
{
    if (tags.size() > kMaxTagsPerList)
        return Error(ErrorCode::TooManyTags);
    for (const QString &tag : tags) {
        const QString t = tag.simplified();
        if (t.isEmpty() || t.size() > kMaxTagLength)
            return Error(ErrorCode::InvalidTag, tag.left(kMaxTagLength));
    }
    return {};
}

bool inScale(std::optional<int> value) { return !value || (*value >= 0 && *value <= 10); }
} // namespace

Error validate(const Checkin &c, const QDate &today)
{
    if (!c.day.isValid())
        return Error(ErrorCode::InvalidDay);
    if (c.day > today)
        return Error(ErrorCode::FutureDay);
    if (c.hours) {
        const double hours = *c.hours;
        const double halfHours = hours * 2;
        if (!std::isfinite(hours) || hours < 0 || hours > 24
            || std::fabs(halfHours - std::round(halfHours)) > 1e-9)
            return Error(ErrorCode::InvalidHours);
    }
    if (c.strategicPercent && (*c.strategicPercent < 0 || *c.strategicPercent > 100))
        return Error(ErrorCode::InvalidStrategicShare);
    if (!inScale(c.demand))
        return Error(ErrorCode::InvalidDemand);
    if (!inScale(c.emotional))
        return Error(ErrorCode::InvalidEmotionalLoad);
    if (!inScale(c.energy))
        return Error(ErrorCode::InvalidEnergy);
    if (Error e = validateTags(c.drainedBy); !e.ok())
        return e;
    if (Error e = validateTags(c.sustainedBy); !e.ok())
        return e;
    if (c.note.size() > kMaxNoteLength)
        return Error(ErrorCode::NoteTooLong);
    return {};
}

} // namespace saib
