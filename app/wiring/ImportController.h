#pragma once
// Settings → Import from another app ("importer" in QML): reads a Day One, Daylio or
// check-ins CSV file into a preview (what would be added, what is skipped and why), and
// writes it only when the leader confirms, in one transaction (core/import).
#include <core/import/DaylioImport.h>
#include <core/import/ImportPlan.h>

#include "OpResult.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace saib::ui {

class AppController;

class ImportController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool hasPreview READ hasPreview NOTIFY changed)
    // The preview in the UI language while there is one: what would be imported, and one
    // line per row or entry that would be skipped, and why.
    Q_PROPERTY(QString previewSummary READ previewSummary NOTIFY changed)
    Q_PROPERTY(QString previewSkipped READ previewSkipped NOTIFY changed)
public:
    ImportController(AppController &app, QObject *parent = nullptr);

    bool hasPreview() const { return m_ready; }
    QString previewSummary() const { return m_summary; }
    QString previewSkipped() const { return m_skipped; }

    // kind: "dayone", "daylio" or "checkins". Reads the file into the preview above, or
    // says why it cannot; nothing is written.
    Q_INVOKABLE saib::ui::OpResult preview(const QString &kind, const QString &fileOrUrl);
    // Daylio moods are the user's own names: the moods in the file, each
    // {name, rows, demand, emotional, energy, known}, with Daylio's defaults for rad, good,
    // meh, bad and awful (known) and 5, 5, 5 for the others, for the leader to adjust.
    // Empty when the file cannot be read as a Daylio export. Nothing is written.
    Q_INVOKABLE QVariantList daylioMoods(const QString &fileOrUrl) const;
    // preview("daylio", ...) with the leader's mapping: a list like daylioMoods() returns
    // (name, demand, emotional, energy; 0-10 each).
    Q_INVOKABLE saib::ui::OpResult previewDaylio(const QString &fileOrUrl, const QVariantList &moods);
    // Writes the previewed file; the message says how much was imported.
    Q_INVOKABLE saib::ui::OpResult confirm();
    Q_INVOKABLE void cancel();

signals:
    void changed();

private:
    OpResult previewWith(const QString &kind, const QString &fileOrUrl, const QMap<QString, MoodMapping> &moods);

    AppController &m_app;
    ImportPlan m_plan;
    bool m_ready = false;
    QString m_summary;
    QString m_skipped;
};

} // namespace saib::ui
