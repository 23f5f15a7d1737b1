#pragma once
// The one source of "now" and "today" for logic, controllers, the CLI, the relay's survey
// windows and every test (issue 13). Nothing else may call QDate::currentDate() or
// QDateTime::currentDateTime() to decide what day it is.
//
// It reads the system clock unless it is fixed, either by a test (Clock::setFixed) or for
// the whole process by SAIB_NOW=<ISO 8601 local date-time>, e.g. SAIB_NOW=2028-02-29T08:30.
// A fixed clock starts at that instant and then runs on with real elapsed time, so two
// saves a moment apart still get different times (an entry saved later lists first); a
// test process lasts seconds, so the day does not roll over unless a test starts within
// that of midnight on purpose. Child processes (saib-cli, saib-relay started by a test)
// inherit SAIB_NOW, so every process of one test agrees on the day. The day is the local
// date in the process's time zone (TZ), as a leader's phone would see it.
//
// Protocol clocks that must advance (the sync hybrid logical clock, request rate limits,
// session expiry on the relay) keep the real elapsed time and do not use this.
#include <QDate>
#include <QDateTime>

namespace saib {

class Clock {
public:
    // The current instant as a local date-time; each call returns a later instant than the
    // one before (by a millisecond if the clock has not moved).
    static QDateTime now();
    static QDateTime nowUtc() { return now().toUTC(); }
    // The local date of now().
    static QDate today();

    // Sets the clock to `at` for this process, from where it runs on (an invalid QDateTime
    // returns to SAIB_NOW, or to the system clock). For tests.
    static void setFixed(const QDateTime &at);
    static bool isFixed();

    // Parses a SAIB_NOW value ("2027-03-28T01:30", seconds optional, local time unless
    // it carries Z or an offset). Invalid on anything else.
    static QDateTime parseFixed(const QString &text);
};

} // namespace saib
