#include "Clock.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QtGlobal>

namespace saib {
namespace {

struct State {
    QMutex mutex;
    bool envRead = false;
    QDateTime fromEnv;  // SAIB_NOW, read once
    QDateTime fromTest; // Clock::setFixed
    QElapsedTimer sinceFixed; // started when the fixed instant took effect
    qint64 lastMs = 0;        // the last instant handed out
};

State &state()
{
    static State s;
    return s;
}

// Under the mutex: the fixed instant in force, or an invalid one.
QDateTime fixedLocked(State &s)
{
    if (!s.envRead) {
        s.envRead = true;
        const QString text = qEnvironmentVariable("SAIB_NOW");
        if (!text.isEmpty()) {
            s.fromEnv = Clock::parseFixed(text);
            if (!s.fromEnv.isValid())
                qWarning("SAIB_NOW is not an ISO 8601 date-time (e.g. 2028-02-29T08:30); using the system clock");
            else
                s.sinceFixed.start();
        }
    }
    const QDateTime start = s.fromTest.isValid() ? s.fromTest : s.fromEnv;
    return start.isValid() ? start.addMSecs(s.sinceFixed.elapsed()) : start;
}

} // namespace

QDateTime Clock::parseFixed(const QString &text)
{
    QDateTime at = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!at.isValid() || !at.date().isValid())
        return {};
    return at.toLocalTime();
}

QDateTime Clock::now()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    const QDateTime fixed = fixedLocked(s);
    QDateTime at = fixed.isValid() ? fixed : QDateTime::currentDateTime();
    // Strictly increasing within the process: two records stamped in the same millisecond
    // would otherwise tie, and "newest first" would depend on their random ids.
    if (at.toMSecsSinceEpoch() <= s.lastMs)
        at = QDateTime::fromMSecsSinceEpoch(s.lastMs + 1).toLocalTime();
    s.lastMs = at.toMSecsSinceEpoch();
    return at;
}

QDate Clock::today() { return now().date(); }

void Clock::setFixed(const QDateTime &at)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    fixedLocked(s); // reads SAIB_NOW first, so a later first read does not restart its timer
    s.fromTest = at.isValid() ? at.toLocalTime() : QDateTime();
    s.lastMs = 0; // a test may set the clock back
    s.sinceFixed.start();
}

bool Clock::isFixed()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return fixedLocked(s).isValid();
}

} // namespace saib
