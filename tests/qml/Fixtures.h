#pragma once
// Test-only helpers reachable from QML as "fixtures": fills the unlocked store with a
// deterministic synthetic year so the dashboard has something real to draw.
#include <AppController.h>
#include <KdfProcess.h>
#include <ReminderController.h>
#include <core/Clock.h>
#include <core/backup/Backup.h>
#include <core/calendar/SchoolCalendar.h>
#include <core/demo/SyntheticLeader.h>
#include <core/vault/Vault.h>

#include <platform/Notifier.h>

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QQuickWindow>
#include <QTemporaryDir>

// Stands in for the system's notifications: records what would have been shown.
class RecordingNotifier : public saib::platform::Notifier {
    Q_OBJECT
public:
    using Notifier::Notifier;
    bool isAvailable() const override { return true; }
    void show(const QString &title, const QString &body) override { shownTexts << title + QLatin1Char('|') + body; }
    QStringList shownTexts;
};

class Fixtures : public QObject {
    Q_OBJECT
public:
    Fixtures(saib::ui::AppController &app, RecordingNotifier *notifier, QObject *parent = nullptr)
        : QObject(parent), m_app(app), m_notifier(notifier) {}

    void setReminders(saib::ui::ReminderController *reminders) { m_reminders = reminders; }
    // Reminders read this clock from now on (milliseconds since the epoch).
    Q_INVOKABLE void setReminderClock(double msecsSinceEpoch)
    {
        const qint64 ms = qint64(msecsSinceEpoch);
        m_reminders->setClockForTests([ms] { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); });
    }

    // As if the leader tapped a reminder notification.
    Q_INVOKABLE void tapReminder()
    {
        emit m_notifier->activated();
        emit m_notifier->reminderOpened();
    }
    // "Now" and "today" from the one clock (core/Clock: SAIB_NOW when the suite runs under
    // a fixed date), so no test reads JavaScript's own Date() for the day.
    Q_INVOKABLE double nowMs() const { return double(saib::Clock::now().toMSecsSinceEpoch()); }
    Q_INVOKABLE int todayWeekday() const { return saib::Clock::today().dayOfWeek(); }
    Q_INVOKABLE QString isoDaysAgo(int days) const
    {
        return saib::Clock::today().addDays(-days).toString(Qt::ISODate);
    }
    // Keeps "today" inside the built-in term dates of `regionId`, so a suite about the
    // school year passes on any day, also after the last year the data covers: past it,
    // the one clock moves back by whole 52-week steps (same weekday and time of day).
    // releaseClock() undoes it. False if the region is unknown.
    Q_INVOKABLE bool pinClockInsideTermData(const QString &regionId)
    {
        const saib::CalendarRegion *region = saib::SchoolCalendar::builtInRegion(regionId);
        if (!region || region->years.isEmpty() || region->years.last().terms.isEmpty())
            return false;
        const QDate lastCovered = region->years.last().terms.last().end;
        QDateTime now = saib::Clock::now();
        if (now.date() <= lastCovered)
            return true;
        while (now.date() > lastCovered)
            now = now.addDays(-364);
        saib::Clock::setFixed(now);
        m_clockPinned = true;
        return true;
    }
    Q_INVOKABLE void releaseClock()
    {
        if (m_clockPinned)
            saib::Clock::setFixed({});
        m_clockPinned = false;
    }
    // Reminders read the one clock again.
    Q_INVOKABLE void clearReminderClock() { m_reminders->setClockForTests({}); }

    // Everything "shown" as a system notification so far, as "title|body".
    Q_INVOKABLE QStringList notifications() const { return m_notifier->shownTexts; }

    Q_INVOKABLE bool fillSyntheticYear(bool endInHighLoad)
    {
        if (!m_app.vault().isUnlocked())
            return false;
        saib::SyntheticOptions o;
        o.endInHighLoad = endInHighLoad;
        o.journalEntries = 10;
        const bool ok = saib::writeSyntheticLeader(*m_app.vault().database(),
                                                   saib::generateSyntheticLeader(o)).ok();
        emit m_app.dataChanged();
        return ok;
    }

    // A synthetic leader over `days` days ending today (three school years for the
    // term-shaped insights).
    Q_INVOKABLE bool fillSyntheticDays(int days)
    {
        if (!m_app.vault().isUnlocked())
            return false;
        saib::SyntheticOptions o;
        o.days = days;
        o.journalEntries = 0;
        const bool ok = saib::writeSyntheticLeader(*m_app.vault().database(),
                                                   saib::generateSyntheticLeader(o)).ok();
        emit m_app.dataChanged();
        return ok;
    }

    Q_INVOKABLE void setAutoLockMs(int ms) { m_app.setAutoLockMsForTests(ms); }
    // As if the laptop had slept for `ms` (the idle clock jumps; timers do not).
    Q_INVOKABLE void sleepFor(double ms) { m_app.sleepForTests(qint64(ms)); }
    // As if logind had announced a suspend.
    Q_INVOKABLE void announceSuspend() { m_app.aboutToSleepForTests(); }
    // As if the leader switched to another app (hidden) and back; a short grace period.
    Q_INVOKABLE void setAppHidden(bool hidden) { m_app.setAppHiddenForTests(hidden); }
    Q_INVOKABLE void setGraceMs(int ms) { m_app.setGraceMsForTests(ms); }
    // As if the system asked for larger text.
    Q_INVOKABLE void setFontScale(qreal scale) { m_app.setFontScaleForTests(scale); }

    // Makes the open store refuse writes as a read-only data folder does (SQLITE_READONLY
    // -> ErrorCode::ReadOnlyStorage), or lifts that again. The real folder cases are in
    // tests/crash; this checks what the pages show.
    Q_INVOKABLE bool setStoreReadOnly(bool readOnly)
    {
        if (!m_app.vault().isUnlocked())
            return false;
        return m_app.vault().database()->exec(readOnly ? "PRAGMA query_only = ON" : "PRAGMA query_only = OFF").ok();
    }

    // A backup as another device would make it: a throwaway vault with `days` check-ins
    // and `entries` journal entries, backed up to `path` under `passphrase`.
    Q_INVOKABLE bool writeOtherDeviceBackup(const QString &path, const QString &passphrase, int days, int entries)
    {
        QTemporaryDir dir;
        saib::Vault other(dir.filePath(QStringLiteral("other")), saib::KdfParams::minimum());
        if (!other.create(QStringLiteral("other device passphrase")).ok())
            return false;
        saib::SyntheticOptions o;
        o.days = days;
        o.journalEntries = entries;
        o.wordsPerEntry = 40;
        if (!saib::writeSyntheticLeader(*other.database(), saib::generateSyntheticLeader(o)).ok())
            return false;
        return saib::Backup::writeFile(*other.database(), path, passphrase, saib::KdfParams::minimum()).ok();
    }
    Q_INVOKABLE bool fileExists(const QString &path) const { return QFile::exists(path); }
    Q_INVOKABLE bool writeFile(const QString &path, const QString &text) const
    {
        QFile f(path);
        const QByteArray bytes = text.toUtf8();
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }
    // The first bytes of a file, as Latin-1 (e.g. "%PDF-").
    Q_INVOKABLE QString fileHead(const QString &path, int bytes) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.read(bytes)) : QString();
    }
    Q_INVOKABLE QString fileText(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    Q_INVOKABLE QString tempPath(const QString &name) const { return m_dir.filePath(name); }

    // A store made with the app's real Argon2id limits (libsodium MODERATE, 256 MiB)
    // instead of the tests' minimum, then locked: unlocking it costs what it costs the
    // leader. The key file carries its limits, so App.startUnlock uses them too.
    // Where the unlock derives the key: the saib-kdf helper, or "" (in this process).
    Q_INVOKABLE QString kdfHelper() const { return saib::ui::kdfHelperPath(); }

    Q_INVOKABLE bool createModerateVault(const QString &passphrase)
    {
        const bool ok = saib::Vault(m_app.dataDir(), saib::KdfParams::moderate()).create(passphrase).ok();
        emit m_app.stateChanged();
        return ok;
    }

    // Frame timing: from startFrameProbe on, the time between consecutive frames the
    // window swaps (QQuickWindow::frameSwapped), measured with a monotonic timer. The
    // longest gap is how long the UI stood still.
    Q_INVOKABLE void startFrameProbe(QObject *window)
    {
        stopFrameProbe();
        auto *w = qobject_cast<QQuickWindow *>(window);
        if (!w)
            return;
        m_frames = 0;
        m_longestGapMs = 0;
        m_longestGapEndMs = 0;
        m_probeTimer.start();
        m_lastFrameNs = -1;
        m_probe = connect(w, &QQuickWindow::frameSwapped, this, [this] {
            const qint64 now = m_probeTimer.nsecsElapsed();
            const double gap = m_lastFrameNs >= 0 ? double(now - m_lastFrameNs) / 1e6 : 0;
            if (gap > m_longestGapMs) {
                m_longestGapMs = gap;
                m_longestGapEndMs = double(now) / 1e6;
            }
            m_lastFrameNs = now;
            ++m_frames;
        });
    }
    Q_INVOKABLE void stopFrameProbe() { disconnect(m_probe); }
    Q_INVOKABLE double longestFrameGapMs() const { return m_longestGapMs; }
    // When the longest gap ended, in ms since startFrameProbe.
    Q_INVOKABLE double longestFrameGapEndMs() const { return m_longestGapEndMs; }
    Q_INVOKABLE int frameCount() const { return m_frames; }
    Q_INVOKABLE double probeElapsedMs() const { return double(m_probeTimer.nsecsElapsed()) / 1e6; }

private:
    QMetaObject::Connection m_probe;
    QElapsedTimer m_probeTimer;
    qint64 m_lastFrameNs = -1;
    double m_longestGapMs = 0;
    double m_longestGapEndMs = 0;
    int m_frames = 0;
    saib::ui::AppController &m_app;
    RecordingNotifier *m_notifier;
    saib::ui::ReminderController *m_reminders = nullptr;
    QTemporaryDir m_dir;
    bool m_clockPinned = false;
};
