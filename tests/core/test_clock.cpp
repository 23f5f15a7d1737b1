// The one clock (core/Clock): set by a test or by SAIB_NOW, local dates in the process's
// time zone, running on from the instant it was set.
#include "TestSupport.h"

#include <core/Clock.h>

#include <QThread>

using saib::Clock;

TEST_CASE("the clock can be fixed and released", "[clock]")
{
    const QDateTime before = Clock::now();
    Clock::setFixed(QDateTime(QDate(2028, 2, 29), QTime(23, 59, 30)));
    CHECK(Clock::isFixed());
    CHECK(Clock::today() == QDate(2028, 2, 29));
    const QDateTime first = Clock::now();
    CHECK(first >= QDateTime(QDate(2028, 2, 29), QTime(23, 59, 30)));
    CHECK(first < QDateTime(QDate(2028, 2, 29), QTime(23, 59, 40)));
    QThread::msleep(5);
    CHECK(Clock::now() > first); // it runs on, so saves a moment apart are ordered
    const QDateTime a = Clock::now(), b = Clock::now();
    CHECK(b > a); // even within one millisecond
    Clock::setFixed({});
    if (qEnvironmentVariableIsEmpty("SAIB_NOW")) {
        CHECK_FALSE(Clock::isFixed());
        CHECK(Clock::now() >= before);
    }
}

TEST_CASE("SAIB_NOW values parse as local or zoned ISO date-times", "[clock]")
{
    CHECK(Clock::parseFixed(QStringLiteral("2027-12-31T23:59")) == QDateTime(QDate(2027, 12, 31), QTime(23, 59)));
    CHECK(Clock::parseFixed(QStringLiteral(" 2026-11-29T10:00:00 ")).date() == QDate(2026, 11, 29));
    const QDateTime utc = Clock::parseFixed(QStringLiteral("2027-06-01T12:00:00Z"));
    CHECK(utc.toUTC() == QDateTime(QDate(2027, 6, 1), QTime(12, 0), Qt::UTC));
    CHECK_FALSE(Clock::parseFixed(QStringLiteral("tomorrow")).isValid());
    CHECK_FALSE(Clock::parseFixed(QStringLiteral("2027-02-30T10:00")).isValid());
    CHECK_FALSE(Clock::parseFixed(QString()).isValid());
}
