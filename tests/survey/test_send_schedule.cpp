// When queued answers leave: a random time 1-24 h after Send, before the survey closes;
// and the queue that keeps them (in the encrypted store) until then.
#include <core/survey/SendSchedule.h>

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace saib;
using namespace saib::survey;

TEST_CASE("Send times are spread over 1 to 24 hours after Send", "[survey][schedule]")
{
    const QDateTime now(QDate(2026, 3, 10), QTime(8, 15), QTimeZone::utc());
    qint64 earliest = kMaxSendDelaySecs, latest = 0;
    QSet<qint64> hours;
    for (int i = 0; i < 2000; ++i) {
        const qint64 delay = now.secsTo(randomSendTime(now, QDate(2026, 3, 31)));
        REQUIRE(delay >= kMinSendDelaySecs);
        REQUIRE(delay <= kMaxSendDelaySecs);
        earliest = qMin(earliest, delay);
        latest = qMax(latest, delay);
        hours.insert((delay - kMinSendDelaySecs) / 3600);
    }
    // Spread over the whole window, not bunched: each of its 23 hours is hit in 2,000 draws.
    CHECK(hours.size() >= 23);
    CHECK(earliest < 2 * 3600);
    CHECK(latest > 23 * 3600);
}

TEST_CASE("Send times end an hour before the survey closes", "[survey][schedule]")
{
    const QDateTime now(QDate(2026, 3, 31), QTime(12, 0), QTimeZone::utc()); // last day
    for (int i = 0; i < 200; ++i) {
        const QDateTime at = randomSendTime(now, QDate(2026, 3, 31));
        CHECK(at >= now.addSecs(kMinSendDelaySecs));
        CHECK(at <= QDateTime(QDate(2026, 3, 31), QTime(23, 0), QTimeZone::utc()));
    }
    // Under two hours left: no room for a delay, so it is due at once.
    const QDateTime late(QDate(2026, 3, 31), QTime(22, 30), QTimeZone::utc());
    CHECK(randomSendTime(late, QDate(2026, 3, 31)) == late);
}

TEST_CASE("The queue keeps one sealed submission per survey and says which are due", "[survey][schedule]")
{
    const QDateTime now(QDate(2026, 3, 10), QTime(8, 0), QTimeZone::utc());
    SubmissionQueue queue;
    queue.add({"spring", "https://relay.example", "{\"mac\":\"x\"}", now.addSecs(3600)});
    queue.add({"autumn", "https://relay.example", "{\"mac\":\"y\"}", now.addSecs(7200)});
    queue.add({"spring", "https://relay.example", "{\"mac\":\"z\"}", now.addSecs(5000)}); // replaces
    REQUIRE(queue.all().size() == 2);
    CHECK(queue.due(now).isEmpty());
    REQUIRE(queue.due(now.addSecs(5000)).size() == 1);
    CHECK(queue.due(now.addSecs(5000)).first().bytes == "{\"mac\":\"z\"}");

    auto again = SubmissionQueue::fromJson(queue.toJson());
    REQUIRE(again.ok());
    REQUIRE(again.value().all().size() == 2);
    CHECK(again.value().due(now.addSecs(7200)).size() == 2);
    again.value().remove("spring");
    CHECK(again.value().all().size() == 1);
    CHECK_FALSE(SubmissionQueue::fromJson("{\"queued\":[{\"survey\":\"Bad Id\"}]}").ok());
}
