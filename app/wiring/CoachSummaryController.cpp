#include "CoachSummaryController.h"
#include "AppController.h"

#include <app/summary/SummaryFiles.h>
#include <core/Clock.h>
#include <core/ErrorMessages.h>
#include <core/insights/Summary.h>
#include <core/store/JournalStore.h>

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace saib::ui {

namespace {
QDate isoDay(const QString &text) { return QDate::fromString(text, Qt::ISODate); }
} // namespace

CoachSummaryController::CoachSummaryController(AppController &app, QObject *parent) : QObject(parent), m_app(app) {}

QVariantMap CoachSummaryController::lastWeeks(int weeks) const
{
    const QDate today = saib::Clock::today();
    return {{QStringLiteral("from"), today.addDays(-7 * qint64(weeks) + 1).toString(Qt::ISODate)},
            {QStringLiteral("to"), today.toString(Qt::ISODate)}};
}

QVariantList CoachSummaryController::entriesIn(const QString &from, const QString &to) const
{
    QVariantList out;
    const QDate a = isoDay(from), b = isoDay(to);
    if (!a.isValid() || !b.isValid() || a > b || !m_app.vault().isUnlocked())
        return out;
    auto entries = JournalStore(*m_app.vault().database()).between(a, b);
    if (!entries.ok())
        return out;
    for (const JournalEntry &e : entries.value())
        out << QVariantMap{{QStringLiteral("id"), e.id},
                           {QStringLiteral("title"), e.title.isEmpty() ? tr("(no title)") : e.title},
                           {QStringLiteral("day"), QLocale().toString(e.day, QLocale::ShortFormat)}};
    return out;
}

QUrl CoachSummaryController::suggestedFile(const QString &to) const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QDate day = isoDay(to).isValid() ? isoDay(to) : saib::Clock::today();
    return QUrl::fromLocalFile(dir + QStringLiteral("/saib-summary-%1.pdf").arg(day.toString(Qt::ISODate)));
}

OpResult CoachSummaryController::save(const QString &fileOrUrl, const QString &from, const QString &to,
                                      bool trends, bool domains, bool skills, bool helps,
                                      const QStringList &entryIds, bool alsoText)
{
    if (!m_app.vault().isUnlocked())
        return OpResult::from(ErrorCode::Locked);
    const QUrl url(fileOrUrl);
    QString pdf = url.isLocalFile() ? url.toLocalFile() : fileOrUrl;
    if (pdf.isEmpty())
        return OpResult::from(ErrorCode::ExportFailed);
    if (!pdf.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        pdf += QStringLiteral(".pdf");
    insights::SummaryRequest request;
    request.from = isoDay(from);
    request.to = isoDay(to);
    request.trends = trends;
    request.domains = domains;
    request.skills = skills;
    request.helps = helps;
    request.entryIds = entryIds;
    if (!insights::choseAnything(request))
        return OpResult::failure(tr("Tick at least one thing to put in the summary."));
    auto made = insights::computeSummary(*m_app.vault().database(), request, saib::Clock::today());
    if (!made.ok())
        return OpResult::from(made.error());
    const QFileInfo info(pdf);
    const QString text = alsoText ? info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".txt")
                                  : QString();
    if (Error e = summary::writeFiles(made.value(), pdf, text); !e.ok())
        return OpResult::from(e);
    return OpResult::success(alsoText ? tr("Saved %1 and %2. They are not encrypted: only your user account can open them "
                                           "on this device, but anyone you give them to can read them.")
                                            .arg(info.fileName(), QFileInfo(text).fileName())
                                      : tr("Saved %1. It is not encrypted: only your user account can open it on this "
                                           "device, but anyone you give it to can read it.")
                                            .arg(info.fileName()));
}

} // namespace saib::ui
