#pragma once
// Insights → Summary for a coach ("CoachSummary" in QML): the leader picks a period,
// the sections and, one by one, any journal entries; the summary (core/insights/Summary)
// is saved as a PDF (app/summary) and, if asked, a plain-text copy beside it, owner-only.
// It is rendered in the language the app is showing.
#include <QDate>
#include "OpResult.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

namespace saib::ui {

class AppController;

class CoachSummaryController : public QObject {
    Q_OBJECT
public:
    explicit CoachSummaryController(AppController &app, QObject *parent = nullptr);

    // The last `weeks` weeks up to today (from the one clock), as ISO dates {from, to}.
    Q_INVOKABLE QVariantMap lastWeeks(int weeks) const;
    // Journal entries written in the period, oldest first: {id, title, day (localised)}.
    // Empty when the period is not valid or Saib is locked.
    Q_INVOKABLE QVariantList entriesIn(const QString &from, const QString &to) const;
    // Where the save dialog starts: Documents/saib-summary-<to>.pdf.
    Q_INVOKABLE QUrl suggestedFile(const QString &to) const;
    // Writes the PDF (and `<name>.txt` beside it when alsoText); the message names the
    // files written.
    Q_INVOKABLE saib::ui::OpResult save(const QString &fileOrUrl, const QString &from, const QString &to, bool trends,
                                        bool domains, bool skills, bool helps, const QStringList &entryIds,
                                        bool alsoText);

private:
    AppController &m_app;
};

} // namespace saib::ui
