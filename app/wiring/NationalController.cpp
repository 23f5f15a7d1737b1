#include "NationalController.h"
#include "AppController.h"

#include <core/Clock.h>
#include <core/national/NationalFigures.h>
#include <core/store/CheckinStore.h>
#include <core/vault/Vault.h>

#include <QCoreApplication>
#include <QLocale>
#include <QVariantList>
#include <cmath>

namespace saib::ui {

namespace {

QString headline(const NationalFigure &f, const QLocale &locale)
{
    const QString value = locale.toString(f.value, 'f', f.value == std::floor(f.value) ? 0 : 1);
    switch (f.unit) {
    case FigureUnit::HoursPerWeek:
        return QCoreApplication::translate("National", "%1 hours a week on average").arg(value);
    case FigureUnit::HoursPerDay:
        return QCoreApplication::translate("National", "%1 hours a day on average").arg(value);
    case FigureUnit::Percent:
        if (f.measure == QLatin1String("stressed"))
            return QCoreApplication::translate("National", "%1% said they felt stressed").arg(value);
        if (f.measure == QLatin1String("mental_health_harmed"))
            return QCoreApplication::translate("National", "%1% said the job had harmed their mental health in the past year").arg(value);
        return QCoreApplication::translate("National", "%1%").arg(value);
    }
    return {};
}

} // namespace

NationalController::NationalController(AppController &app, QObject *parent) : QObject(parent), m_app(app)
{
    connect(&app, &AppController::stateChanged, this, &NationalController::refresh);
    connect(&app, &AppController::dataChanged, this, &NationalController::refresh);
    connect(&app, &AppController::languageChanged, this, &NationalController::refresh);
}

void NationalController::refresh()
{
    const QString lang = m_app.language();
    const QLocale locale(lang == QLatin1String("cy") ? QStringLiteral("cy_GB") : QStringLiteral("en_GB"));
    const QDate today = saib::Clock::today();
    LeaderFigures mine;
    if (m_app.vault().isUnlocked()) {
        Database &db = *m_app.vault().database();
        auto calendar = LeaderCalendar::load(db);
        auto checkins = CheckinStore(db).between(today.addDays(-200), today);
        if (checkins.ok())
            mine = leaderFigures(checkins.value(), calendar.ok() ? calendar.value() : LeaderCalendar(), today);
    }
    QVariantList rows;
    for (const NationalFigure &f : NationalFigures::builtIn().figures()) {
        const QString sample = f.sample > 0
            ? QCoreApplication::translate("National", "%1 people answered").arg(locale.toString(f.sample))
            : QCoreApplication::translate("National", "sample size not published in the sources checked");
        QString yours;
        if (const auto c = compare(f, mine)) {
            const QString value = locale.toString(c->leader, 'f', 1);
            if (c->unit == FigureUnit::HoursPerWeek)
                yours = mine.thisTerm
                    ? QCoreApplication::translate("National", "You: %1 hours a week this term, over %n full week(s) of check-ins.", nullptr, c->basis).arg(value)
                    : QCoreApplication::translate("National", "You: %1 hours a week over the last eight weeks, from %n full week(s) of check-ins.", nullptr, c->basis).arg(value);
            else
                yours = mine.thisTerm
                    ? QCoreApplication::translate("National", "You: %1 hours a school day this term, over %n day(s) of check-ins.", nullptr, c->basis).arg(value)
                    : QCoreApplication::translate("National", "You: %1 hours a school day over the last eight weeks, from %n day(s) of check-ins.", nullptr, c->basis).arg(value);
        }
        rows << QVariantMap{
            {QStringLiteral("id"), f.id},
            {QStringLiteral("figure"), headline(f, locale)},
            {QStringLiteral("population"), f.population(lang)},
            {QStringLiteral("detail"), QCoreApplication::translate("National", "%1, %2; %3.").arg(f.sourceEn).arg(f.year).arg(sample)},
            {QStringLiteral("yours"), yours},
            {QStringLiteral("caution"), f.verified ? QString() : QCoreApplication::translate("National", "Checked only against a report of this survey, not the survey itself.")},
        };
    }
    m_page = {{QStringLiteral("rows"), rows}};
    emit changed();
}

} // namespace saib::ui
