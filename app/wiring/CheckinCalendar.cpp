#include "CheckinCalendar.h"
#include "UiStrings.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariantMap>

namespace saib::ui {

namespace {
constexpr int kCells = 42;

QVariant orNull(const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(); }

QString loadWords(DayLoad load)
{
    switch (load) {
    case DayLoad::Light:
        return QCoreApplication::translate("CheckinCalendar", "light load");
    case DayLoad::Moderate:
        return QCoreApplication::translate("CheckinCalendar", "moderate load");
    case DayLoad::Heavy:
        return QCoreApplication::translate("CheckinCalendar", "heavy load");
    case DayLoad::NotRated:
        return QCoreApplication::translate("CheckinCalendar", "checked in, load not rated");
    case DayLoad::NoCheckin:
        break;
    }
    return QCoreApplication::translate("CheckinCalendar", "no check-in");
}
} // namespace

DayLoad dayLoad(const Checkin &c)
{
    if (!c.demand && !c.emotional)
        return DayLoad::NotRated;
    const int load = std::max(c.demand.value_or(0), c.emotional.value_or(0));
    return load >= 7 ? DayLoad::Heavy : load >= 4 ? DayLoad::Moderate : DayLoad::Light;
}

QVariantList monthCells(CheckinStore &store, int year, int month, const QDate &today,
                        const QString &language)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return {};
    const QDate start = first.addDays(1 - first.dayOfWeek()); // Monday = 1
    const QDate end = start.addDays(kCells - 1);

    QHash<QDate, Checkin> byDay;
    auto found = store.between(start, end);
    if (found.ok())
        for (const Checkin &c : found.value())
            byDay.insert(c.day, c);

    QVariantList cells;
    cells.reserve(kCells);
    for (QDate d = start; d <= end; d = d.addDays(1)) {
        const auto it = byDay.constFind(d);
        const bool exists = it != byDay.constEnd();
        const DayLoad load = exists ? dayLoad(*it) : DayLoad::NoCheckin;
        QString label = longDay(d, language) + QLatin1String(": ") + loadWords(load);
        if (exists && load != DayLoad::NotRated) {
            const QString none = QStringLiteral("–");
            label += QLatin1String(", ")
                + QCoreApplication::translate("CheckinCalendar", "demand %1, emotional load %2")
                      .arg(it->demand ? QString::number(*it->demand) : none,
                           it->emotional ? QString::number(*it->emotional) : none);
        }
        if (d == today)
            label = QCoreApplication::translate("CheckinCalendar", "Today, %1").arg(label);
        cells << QVariantMap{{QStringLiteral("day"), d.toString(Qt::ISODate)},
                             {QStringLiteral("date"), d.day()},
                             {QStringLiteral("inMonth"), d.month() == month},
                             {QStringLiteral("exists"), exists},
                             {QStringLiteral("load"), int(load)},
                             {QStringLiteral("demand"), exists ? orNull(it->demand) : QVariant()},
                             {QStringLiteral("emotional"), exists ? orNull(it->emotional) : QVariant()},
                             {QStringLiteral("isToday"), d == today},
                             {QStringLiteral("isFuture"), d > today},
                             {QStringLiteral("label"), label}};
    }
    return cells;
}

} // namespace saib::ui
