#include "UiStrings.h"

#include <QCoreApplication>
#include <QLocale>

namespace saib::ui {

QString strengthLabel(int strength)
{
    switch (strength) {
    case 0:
        return QCoreApplication::translate("Strength", "Too short: use at least 8 characters");
    case 1:
        return QCoreApplication::translate("Strength", "Weak: easy to guess");
    case 2:
        return QCoreApplication::translate("Strength", "Fair: longer would be safer");
    case 3:
        return QCoreApplication::translate("Strength", "Good");
    default:
        return QCoreApplication::translate("Strength", "Strong");
    }
}

static QLocale localeFor(const QString &language)
{
    return language == QLatin1String("cy") ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString longDay(const QDate &day, const QString &language)
{
    return localeFor(language).toString(day, QStringLiteral("dddd d MMMM yyyy"));
}

QString shortDay(const QDate &day, const QString &language)
{
    return localeFor(language).toString(day, QStringLiteral("ddd d MMM"));
}

QString monthTitle(const QDate &day, const QString &language)
{
    const QLocale locale = localeFor(language);
    return locale.standaloneMonthName(day.month(), QLocale::LongFormat) + QLatin1Char(' ')
        + QString::number(day.year());
}

QStringList weekdayNames(const QString &language)
{
    const QLocale locale = localeFor(language);
    QStringList names;
    for (int d = 1; d <= 7; ++d)
        names << locale.standaloneDayName(d, QLocale::ShortFormat);
    return names;
}

} // namespace saib::ui
