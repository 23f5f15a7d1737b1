#include "SyntheticLeader.h"

#include "../calendar/SchoolCalendar.h"

#include "../model/Checkin.h"
#include "../model/JournalEntry.h"
#include "../model/WeeklyRating.h"
#include "../store/CheckinStore.h"
#include "../store/Database.h"
#include "../store/InsightStores.h"
#include "../store/JournalStore.h"
#include "JournalStories.h"
#include "SyntheticWords.h"

#include <QRandomGenerator>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace saib {

namespace {

// With endInHighLoad, the heavy stretch at the end (longer than the support rule's seven
// check-ins, so a weekday-only leader reaches them).
constexpr int kHighLoadDays = 14;
// Roughly the school year in England and Wales: holidays and half-terms.
bool isHoliday(const QDate &d)
{
    const int m = d.month(), day = d.day();
    return (m == 8) || (m == 7 && day > 22) || (m == 9 && day < 3) || (m == 12 && day > 20)
        || (m == 1 && day < 4) || (m == 4 && day < 14) || (m == 10 && day > 26)
        || (m == 2 && day > 14 && day < 22) || (m == 5 && day > 26) || (m == 6 && day < 2);
}

// The synthetic leader heads a school in Wales: on the published calendar (the built-in
// common pattern) where it covers the day, on the approximate one above before and after.
// Load rises through each half-term, and the second half of the autumn term is the
// heaviest, as leaders describe it.
struct SchoolDay {
    bool holiday = false;
    double phase = 0;  // 0 at the start of a half-term, rising by 1/7 a week
    double extra = 0;  // added load
};

SchoolDay schoolDay(const QDate &d)
{
    static const SchoolCalendar wales(*SchoolCalendar::builtInRegion(QStringLiteral("wales")));
    const DayContext ctx = wales.dayContext(d);
    if (ctx.kind == DayKind::Unknown)
        return {isHoliday(d), std::fmod(d.toJulianDay() / 7.0, 7.0) / 7.0, 0};
    if (ctx.isHoliday())
        return {true, 0, 0};
    const bool autumnSecondHalf = ctx.term == TermName::Autumn && ctx.half == 2;
    return {false, std::min(1.0, (ctx.weekOfHalf - 1) / 7.0), autumnSecondHalf ? 1.0 : 0.0};
}

const char *const kDemandIds[] = {"workload", "scrutiny", "paperwork", "data-requests", "many-masters",
                                  "constant-change", "figurehead", "others-emotions", "safeguarding",
                                  "complaint", "budget", "staffing", "pupil-need"};
const char *const kResourceIds[] = {"peer-heads", "mentor-coach", "family-friends", "senior-team",
                                    "exercise-rest", "thinking-time", "recognition", "chair-of-governors"};
const char *const kWordsEn[] = {"school", "staff", "governors", "budget", "meeting", "parents", "pupils",
                                "tired", "proud", "inspection", "plan", "team", "walk", "worry", "quiet",
                                "assembly", "letter", "data", "change", "lunch", "leadership", "time",
                                "thinking", "support", "family", "evening", "morning", "week", "term"};
const char *const kWordsCy[] = {"ysgol", "staff", "llywodraethwyr", "cyllideb", "cyfarfod", "rhieni",
                                "disgyblion", "blinedig", "balch", "arolwg", "cynllun", "tîm", "ŵyn",
                                "pryder", "tawel", "gwasanaeth", "llythyr", "newid", "cinio", "amser",
                                "meddwl", "cymorth", "teulu", "noson", "bore", "wythnos", "tymor", "dŵr"};

int clamp10(double v) { return int(std::lround(std::clamp(v, 0.0, 10.0))); }

QString richSentence(QRandomGenerator &rng, bool welsh, int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out << demo::zipfWord(rng, welsh);
    QString s = out.join(QLatin1Char(' '));
    s[0] = s[0].toUpper();
    return s + QLatin1Char('.');
}

int wordsIn(const QString &text)
{
    int n = 0;
    bool inWord = false;
    for (const QChar ch : text) {
        const bool letter = !ch.isSpace();
        n += letter && !inWord;
        inWord = letter;
    }
    return n;
}
} // namespace

SyntheticOptions SyntheticOptions::tenYears(quint32 seed, const QDate &lastDay)
{
    SyntheticOptions o;
    o.seed = seed;
    o.lastDay = lastDay;
    o.days = 3650;
    o.journalEntries = 5000;
    o.wordsPerEntry = 400;
    o.checkinEveryDay = true;
    o.weeklyRatings = 520;
    o.checkinNotes = true;
    o.richText = true;
    return o;
}

qint64 wordCount(const SyntheticData &data)
{
    qint64 n = 0;
    for (const JournalEntry &e : data.entries)
        n += wordsIn(e.title) + wordsIn(e.body);
    return n;
}

SyntheticData generateSyntheticLeader(const SyntheticOptions &o)
{
    QRandomGenerator rng(o.seed);
    auto noise = [&](double spread) { return (rng.generateDouble() * 2 - 1) * spread; };
    SyntheticData data;
    const QDate first = o.lastDay.addDays(-(o.days - 1));
    for (QDate d = first; d <= o.lastDay; d = d.addDays(1)) {
        const bool weekend = d.dayOfWeek() >= 6;
        const SchoolDay school = schoolDay(d);
        const bool holiday = school.holiday;
        // Leaders check in on most school days and some other days. A leader ending in high
        // load checks in on every weekday of the last two weeks, so the support rule holds
        // whichever weekday lastDay is (issue 13).
        const bool lateHighLoad = o.endInHighLoad && d > o.lastDay.addDays(-kHighLoadDays);
        // (The draw is made only when it decides something, so every-day data sets, the
        // benchmark's among them, stay the same for a seed.)
        if (!o.checkinEveryDay && rng.generateDouble() > (weekend || holiday ? 0.25 : 0.85)
            && !(lateHighLoad && !weekend))
            continue;
        Checkin c;
        c.day = d;
        double load = holiday || weekend ? 2.5 : 4.5 + 3.0 * school.phase + school.extra;
        if (lateHighLoad)
            load = 8.5;
        const bool peers = rng.generateDouble() < 0.25;
        const int drains = holiday || weekend ? int(rng.bounded(2)) : 1 + int(rng.bounded(3));
        for (int i = 0; i < drains; ++i)
            c.drainedBy << QString::fromLatin1(kDemandIds[rng.bounded(int(std::size(kDemandIds)))]);
        if (peers)
            c.sustainedBy << QStringLiteral("peer-heads");
        const int helps = int(rng.bounded(3));
        for (int i = 0; i < helps; ++i)
            c.sustainedBy << QString::fromLatin1(kResourceIds[1 + rng.bounded(int(std::size(kResourceIds)) - 1)]);
        c.drainedBy = normaliseTags(c.drainedBy);
        c.sustainedBy = normaliseTags(c.sustainedBy);
        const bool heavyTag = c.drainedBy.contains(QStringLiteral("safeguarding"))
            || c.drainedBy.contains(QStringLiteral("complaint"));
        c.demand = clamp10(load + noise(1.5));
        c.emotional = lateHighLoad ? 8 + int(rng.bounded(3))
                                   : clamp10(load + (heavyTag ? 1.5 : 0) - (peers ? 1.8 : 0) + noise(1.5));
        c.energy = clamp10(9 - load * 0.7 + 0.6 * c.sustainedBy.size() + noise(1.5));
        c.hours = weekend || holiday ? std::round(rng.bounded(8)) / 2.0
                                     : std::min(24.0, std::round((8 + load * 0.6 + noise(1.0)) * 2) / 2.0);
        c.strategicPercent = std::clamp(int(std::lround((weekend ? 30 : 22 - load * 2) + noise(8) )) / 5 * 5, 0, 100);
        if (o.checkinNotes && rng.generateDouble() < 0.3) {
            const bool welsh = rng.generateDouble() < 0.4;
            c.note = richSentence(rng, welsh, 4 + int(rng.bounded(12)));
        }
        data.checkins << c;
    }
    // With a fixed count, the latest weeks are rated (a 3,650-day span has 522 Mondays).
    QDate firstRated = weekStart(first);
    if (o.weeklyRatings >= 0)
        firstRated = std::max(firstRated, weekStart(o.lastDay).addDays(-7 * qint64(o.weeklyRatings - 1)));
    for (QDate monday = firstRated; monday <= o.lastDay; monday = monday.addDays(7)) {
        if (o.weeklyRatings < 0 && rng.generateDouble() > 0.8)
            continue; // some weeks are skipped, as in real life
        WeeklyRating r;
        r.week = monday;
        const double strain = isHoliday(monday) ? 0 : std::fmod(monday.toJulianDay() / 7.0, 7.0) / 7.0;
        const int base[kDomainCount] = {5, 4, 3, 3, 3, 3};
        for (int i = 0; i < kDomainCount; ++i)
            r.scores[std::size_t(i)] = std::clamp(int(std::lround(base[i] - (i >= 2 ? strain * 1.6 : 0) + noise(0.6))), 1, 5);
        data.ratings << r;
    }
    // Where each language's stories start (drawn only for stories, so the benchmark's
    // rich-text workload stays exactly as it was).
    int nextStory[2] = {0, 0};
    if (!o.richText)
        nextStory[0] = int(rng.bounded(demo::storyCount(false))), nextStory[1] = int(rng.bounded(demo::storyCount(true)));
    for (int i = 0; i < o.journalEntries; ++i) {
        JournalEntry e;
        e.day = first.addDays(qint64(rng.bounded(o.days)));
        const bool welsh = rng.generateDouble() < 0.4;
        if (o.richText) {
            // The benchmark's workload: exactly wordsPerEntry words from a large vocabulary,
            // in paragraphs of five sentences, as Markdown.
            e.title = richSentence(rng, welsh, 3 + int(rng.bounded(4)));
            e.title.chop(1);
            QStringList sentences;
            for (int written = 0; written < o.wordsPerEntry;) {
                const int n = std::min(8 + int(rng.bounded(12)), o.wordsPerEntry - written);
                sentences << richSentence(rng, welsh, n);
                written += n;
            }
            for (int k = 0; k < sentences.size(); ++k)
                e.body += sentences[k] + (k + 1 == sentences.size() ? QString()
                                          : (k + 1) % 5 == 0 ? QStringLiteral("\n\n") : QStringLiteral(" "));
            e.tags << QString::fromUtf8(welsh ? kWordsCy[rng.bounded(int(std::size(kWordsCy)))]
                                              : kWordsEn[rng.bounded(int(std::size(kWordsEn)))]);
        } else {
            // What people see (UI tests, screenshots): entries a head might really write.
            // Each language's stories in turn, so a short journal repeats none.
            const demo::JournalStory story = demo::story(welsh, nextStory[welsh]++);
            e.title = story.title;
            e.body = story.body;
            e.tags = story.tags;
        }
        e.createdAt = QDateTime(e.day, QTime(19, 30), Qt::UTC);
        e.updatedAt = e.createdAt;
        data.entries << e;
    }
    return data;
}

Error writeSyntheticLeader(Database &db, const SyntheticData &data, int batch)
{
    // Every store call still runs its own (nested) transaction, so the records are
    // written exactly as the app writes them; only the commits are grouped.
    CheckinStore checkins(db);
    RatingStore ratings(db);
    JournalStore journal(db);
    const int total = data.checkins.size() + data.ratings.size() + data.entries.size();
    batch = std::max(1, batch);
    for (int start = 0; start < total; start += batch) {
        Error e = db.transaction([&]() -> Error {
            for (int i = start; i < std::min(total, start + batch); ++i) {
                int k = i;
                if (k < data.checkins.size()) {
                    const Checkin &c = data.checkins[k];
                    if (auto r = checkins.save(c, c.day); !r.ok())
                        return r.error();
                    continue;
                }
                k -= data.checkins.size();
                if (k < data.ratings.size()) {
                    if (auto r = ratings.save(data.ratings[k]); !r.ok())
                        return r.error();
                    continue;
                }
                k -= data.ratings.size();
                if (auto r = journal.save(data.entries[k]); !r.ok())
                    return r.error();
            }
            return {};
        });
        if (!e.ok())
            return e;
    }
    return {};
}

} // namespace saib
