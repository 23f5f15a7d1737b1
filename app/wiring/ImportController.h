#pragma once
// Settings → Import from another app ("importer" in QML): reads a Day One, Daylio or
// check-ins CSV file into a preview (what would be added, what is skipped and why), and
// writes it only when the leader confirms, in one transaction (core/import).
#include <core/import/ImportPlan.h>

#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace saib::ui {

class AppController;

class ImportController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool hasPreview READ hasPreview NOTIFY changed)
public:
    ImportController(AppController &app, QObject *parent = nullptr);

    bool hasPreview() const { return m_ready; }

    // kind: "dayone", "daylio" or "checkins". Returns {error, summary, skipped (list of
    // sentences)} in the UI language; nothing is written.
    Q_INVOKABLE QVariantMap preview(const QString &kind, const QString &fileOrUrl);
    // Writes the previewed file. Returns {error, message}.
    Q_INVOKABLE QVariantMap confirm();
    Q_INVOKABLE void cancel();

signals:
    void changed();

private:
    AppController &m_app;
    ImportPlan m_plan;
    bool m_ready = false;
};

} // namespace saib::ui
