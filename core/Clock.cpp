#include "Clock.h"

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
        }
    }
    return s.fromTest.isValid() ? s.fromTest : s.fromEnv;
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
    return fixed.isValid() ? fixed : QDateTime::currentDateTime();
}

QDate Clock::today() { return now().date(); }

void Clock::setFixed(const QDateTime &at)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.fromTest = at.isValid() ? at.toLocalTime() : QDateTime();
}

bool Clock::isFixed()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return fixedLocked(s).isValid();
}

} // namespace saib
