#include "WeeklyRating.h"

#include <QCoreApplication>

namespace saib {

QDate weekStart(const QDate &day) { return day.addDays(1 - day.dayOfWeek()); }

const char *domainId(Domain d)
{
    static const char *const ids[] = {"purpose", "belonging", "valued", "cared_for", "fairness", "control"};
    return ids[int(d)];
}

QString domainLabel(Domain d)
{
    static const char *const labels[] = {
        QT_TRANSLATE_NOOP("Domains", "Purpose"),        QT_TRANSLATE_NOOP("Domains", "Belonging"),
        QT_TRANSLATE_NOOP("Domains", "Feeling valued"), QT_TRANSLATE_NOOP("Domains", "Feeling cared for"),
        QT_TRANSLATE_NOOP("Domains", "Fairness"),       QT_TRANSLATE_NOOP("Domains", "Control"),
    };
    return QCoreApplication::translate("Domains", labels[int(d)]);
}

Error validate(const WeeklyRating &r)
{
    if (!r.week.isValid() || r.week.dayOfWeek() != 1)
        return Error(ErrorCode::InvalidDay);
    for (int s : r.scores)
        if (s < 1 || s > 5)
            return Error(ErrorCode::InvalidRating);
    return {};
}

} // namespace saib
