#include <core/Clock.h>
#include "ImportController.h"
#include "AppController.h"

#include <core/ErrorMessages.h>
#include <core/import/CheckinCsv.h>
#include <core/import/DayOneImport.h>
#include <core/import/DaylioImport.h>

#include <QFile>
#include <QUrl>

namespace saib::ui {

namespace {
QString localPath(const QString &fileOrUrl)
{
    const QUrl url(fileOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : fileOrUrl;
}
} // namespace

ImportController::ImportController(AppController &app, QObject *parent) : QObject(parent), m_app(app)
{
    // Nothing read from a file outlives the unlocked session.
    connect(&m_app, &AppController::stateChanged, this, [this] {
        if (!m_app.unlocked())
            cancel();
    });
}

OpResult ImportController::preview(const QString &kind, const QString &fileOrUrl)
{
    return previewWith(kind, fileOrUrl, DaylioImport::defaultMoods());
}

QVariantList ImportController::daylioMoods(const QString &fileOrUrl) const
{
    QVariantList out;
    QFile in(localPath(fileOrUrl));
    if (!in.open(QIODevice::ReadOnly))
        return out;
    const auto defaults = DaylioImport::defaultMoods();
    for (const DaylioImport::MoodUse &use : DaylioImport::moodsIn(in.readAll())) {
        const auto known = defaults.constFind(use.name.toLower());
        const MoodMapping m = known == defaults.constEnd() ? MoodMapping{} : *known;
        out << QVariantMap{{QStringLiteral("name"), use.name}, {QStringLiteral("rows"), use.rows},
                           {QStringLiteral("demand"), m.demand}, {QStringLiteral("emotional"), m.emotional},
                           {QStringLiteral("energy"), m.energy},
                           {QStringLiteral("known"), known != defaults.constEnd()}};
    }
    return out;
}

OpResult ImportController::previewDaylio(const QString &fileOrUrl, const QVariantList &moods)
{
    QMap<QString, MoodMapping> mapping;
    for (const QVariant &v : moods) {
        const QVariantMap m = v.toMap();
        const MoodMapping values{m.value(QStringLiteral("demand")).toInt(), m.value(QStringLiteral("emotional")).toInt(),
                                 m.value(QStringLiteral("energy")).toInt()};
        for (int x : {values.demand, values.emotional, values.energy})
            if (x < 0 || x > 10)
                return OpResult::from(ErrorCode::InvalidDemand);
        mapping.insert(m.value(QStringLiteral("name")).toString().simplified().toLower(), values);
    }
    return previewWith(QStringLiteral("daylio"), fileOrUrl, mapping);
}

OpResult ImportController::previewWith(const QString &kind, const QString &fileOrUrl,
                                       const QMap<QString, MoodMapping> &moods)
{
    cancel();
    if (!m_app.vault().isUnlocked())
        return OpResult::from(ErrorCode::Locked);
    QFile in(localPath(fileOrUrl));
    if (!in.open(QIODevice::ReadOnly))
        return OpResult::from(ErrorCode::ImportInvalid);
    const QByteArray bytes = in.readAll();
    const QDate today = saib::Clock::today();
    ImportParse parsed;
    if (kind == QLatin1String("dayone"))
        parsed = DayOneImport::parse(bytes, today);
    else if (kind == QLatin1String("daylio"))
        parsed = DaylioImport::parse(bytes, moods, today);
    else
        parsed = CheckinCsv::parse(bytes, today);
    if (!parsed.ok())
        return OpResult::failure(importFailureText(parsed), parsed.error.code);

    // What is already in Saib is found by a dry run, so the preview says it up front.
    auto outcome = applyImport(*m_app.vault().database(), parsed.plan, today, true);
    if (!outcome.ok())
        return OpResult::from(outcome.error());
    QStringList skipped;
    const bool byLine = parsed.byLine;
    for (const ImportSkip &s : parsed.plan.skipped)
        skipped << (byLine ? tr("Line %1: %2") : tr("Entry %1: %2")).arg(s.where).arg(skipReasonText(s));
    const ImportOutcome &o = outcome.value();
    m_summary = tr("Ready to import. Journal entries: %1; check-ins: %2; days: %3; tags: %4. Already in Saib: %5. Skipped: %6.")
                    .arg(o.entriesAdded).arg(o.checkinsAdded).arg(parsed.plan.days()).arg(parsed.plan.tags().size())
                    .arg(o.alreadyThere.size()).arg(parsed.plan.skipped.size());
    m_skipped = skipped.join(QLatin1Char('\n'));
    m_plan = parsed.plan;
    m_ready = true;
    emit changed();
    return {};
}

OpResult ImportController::confirm()
{
    if (!m_ready)
        return OpResult::failure(QString()); // nothing previewed: nothing to say
    if (!m_app.vault().isUnlocked())
        return OpResult::from(ErrorCode::Locked);
    const QDate today = saib::Clock::today();
    auto outcome = applyImport(*m_app.vault().database(), m_plan, today, false);
    cancel();
    if (!outcome.ok())
        return OpResult::from(outcome.error());
    m_app.dataReplaced();
    return OpResult::success(tr("Imported. Journal entries: %1; check-ins: %2.")
                                 .arg(outcome.value().entriesAdded).arg(outcome.value().checkinsAdded));
}

void ImportController::cancel()
{
    const bool was = m_ready;
    m_plan = ImportPlan();
    m_ready = false;
    m_summary.clear();
    m_skipped.clear();
    if (was)
        emit changed();
}

} // namespace saib::ui
