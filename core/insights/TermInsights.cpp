#include "TermInsights.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>

namespace saib::insights {

namespace {

// The JD-R demands score: the mean of whichever of demand and emotional load were given.
double load(const Checkin &c)
{
    if (c.demand && c.emotional)
        return (*c.demand + *c.emotional) / 2.0;
    return c.demand ? *c.demand : c.emotional ? *c.emotional : kNoData;
}
double energy(const Checkin &c) { return metricValue(c, Metric::Energy); }

// A running mean that skips missing values (a skipped scale is not a zero).
struct Acc {
    double sum = 0;
    int n = 0;
    void add(double v)
    {
        if (hasData(v))
            sum += v, ++n;
    }
    double mean(int min) const { return n >= min ? sum / n : kNoData; }
};

int halfIndex(TermName t, int half) { return int(t) * 2 + (half - 1); }

QJsonValue num(double v) { return hasData(v) ? QJsonValue(std::round(v * 100) / 100) : QJsonValue(); }

QDate mondayOf(const QDate &d) { return d.addDays(1 - d.dayOfWeek()); }

// Energy in the school week before a break against the school week after it.
void addBreak(HolidayRestore &r, Acc &before, Acc &after, const QHash<QDate, const Checkin *> &byDay,
              const QDate &lastDayBefore, const QDate &firstDayAfter, const QDate &today)
{
    if (firstDayAfter.addDays(4) > today)
        return;
    Acc b, a;
    for (QDate d = lastDayBefore.addDays(-6); d <= lastDayBefore; d = d.addDays(1))
        if (const Checkin *c = byDay.value(d); c && d.dayOfWeek() <= 5)
            b.add(energy(*c));
    for (QDate d = firstDayAfter; d <= firstDayAfter.addDays(6); d = d.addDays(1))
        if (const Checkin *c = byDay.value(d); c && d.dayOfWeek() <= 5)
            a.add(energy(*c));
    if (b.n < 2 || a.n < 2)
        return;
    ++r.holidays;
    if (a.sum / a.n > b.sum / b.n)
        ++r.restored;
    before.add(b.sum / b.n);
    after.add(a.sum / a.n);
}

} // namespace

QString dayContextEnglish(const DayContext &ctx)
{
    static const char *const names[] = {"autumn", "spring", "summer"};
    const QString term = QString::fromLatin1(names[int(ctx.term)]);
    switch (ctx.kind) {
    case DayKind::Term: return QStringLiteral("Week %1 of the %2 term").arg(ctx.weekOfTerm).arg(term);
    case DayKind::HalfTerm: return QStringLiteral("%1 half-term").arg(term.left(1).toUpper() + term.mid(1));
    case DayKind::Christmas: return QStringLiteral("Christmas holiday");
    case DayKind::Easter: return QStringLiteral("Easter holiday");
    case DayKind::Summer: return QStringLiteral("Summer holiday");
    case DayKind::Unknown: break;
    }
    return {};
}

TermInsights termInsights(const QVector<Checkin> &checkins, const LeaderCalendar &calendar, const QDate &today)
{
    TermInsights out;
    out.hasCalendar = !calendar.isEmpty();
    out.regionId = calendar.calendar().region().id;
    out.today = calendar.dayContext(today);
    if (!out.hasCalendar)
        return out;

    QMap<QPair<int, int>, Acc> weeks;         // (term, week) -> load
    Acc halves[6];
    QMap<int, std::array<Acc, 6>> perYear;    // year -> halves
    QHash<QDate, const Checkin *> byDay;
    QVector<QPair<DayContext, const Checkin *>> inTerm;
    for (const Checkin &c : checkins) {
        if (c.day > today)
            continue;
        byDay.insert(c.day, &c);
        const DayContext ctx = calendar.dayContext(c.day);
        if (ctx.kind != DayKind::Term)
            continue;
        inTerm.append({ctx, &c});
        weeks[{int(ctx.term), ctx.weekOfTerm}].add(load(c));
        halves[halfIndex(ctx.term, ctx.half)].add(load(c));
        perYear[ctx.academicYear][halfIndex(ctx.term, ctx.half)].add(load(c));
    }
    for (auto it = weeks.cbegin(); it != weeks.cend(); ++it)
        out.byWeek << TermWeekLoad{TermName(it.key().first), it.key().second, it.value().mean(kMinDaysPerWeek),
                                   it.value().n};
    double best = kNoData;
    for (int i = 0; i < 6; ++i) {
        out.byHalf << HalfTermLoad{TermName(i / 2), i % 2 + 1, halves[i].mean(kMinDaysPerHalf), halves[i].n};
        if (hasData(out.byHalf[i].load) && (!hasData(best) || out.byHalf[i].load > best)) {
            best = out.byHalf[i].load;
            out.heaviestIndex = i;
        }
    }
    if (out.heaviestIndex >= 0) {
        for (auto it = perYear.cbegin(); it != perYear.cend(); ++it) {
            int withData = 0, top = -1;
            double topLoad = kNoData;
            for (int i = 0; i < 6; ++i) {
                const double m = it.value()[i].mean(kMinDaysPerHalf);
                if (!hasData(m))
                    continue;
                ++withData;
                if (!hasData(topLoad) || m > topLoad)
                    topLoad = m, top = i;
            }
            if (withData < 4)
                continue;
            ++out.yearsCompared;
            if (top == out.heaviestIndex)
                ++out.heaviestYears;
        }
    }

    // This half-term (or the latest one, in a holiday) against the same weeks a year before.
    const DayContext *latest = nullptr;
    for (const auto &p : inTerm)
        if (!latest || p.first.academicYear > latest->academicYear
            || (p.first.academicYear == latest->academicYear
                && halfIndex(p.first.term, p.first.half) > halfIndex(latest->term, latest->half)))
            latest = &p.first;
    if (latest) {
        SameHalfComparison &cmp = out.sameHalfLastYear;
        cmp.year = latest->academicYear;
        cmp.term = latest->term;
        cmp.half = latest->half;
        // In term, compare the weeks so far; in a holiday, the whole of the half just ended.
        const bool inThisHalf = out.today.kind == DayKind::Term && out.today.academicYear == cmp.year
            && out.today.term == cmp.term && out.today.half == cmp.half;
        cmp.throughWeek = inThisHalf ? out.today.weekOfHalf : 99;
        Acc ln, ll, en, el;
        for (const auto &p : inTerm) {
            const DayContext &x = p.first;
            if (x.term != cmp.term || x.half != cmp.half || x.weekOfHalf > cmp.throughWeek)
                continue;
            if (x.academicYear == cmp.year)
                ln.add(load(*p.second)), en.add(energy(*p.second));
            else if (x.academicYear == cmp.year - 1)
                ll.add(load(*p.second)), el.add(energy(*p.second));
        }
        if (cmp.throughWeek == 99) {
            int maxWeek = 0;
            for (const auto &p : inTerm)
                if (p.first.academicYear == cmp.year && p.first.term == cmp.term && p.first.half == cmp.half)
                    maxWeek = std::max(maxWeek, p.first.weekOfHalf);
            cmp.throughWeek = maxWeek;
        }
        cmp.loadNow = ln.mean(kMinDaysPerComparison);
        cmp.loadLastYear = ll.mean(kMinDaysPerComparison);
        cmp.energyNow = en.mean(kMinDaysPerComparison);
        cmp.energyLastYear = el.mean(kMinDaysPerComparison);
        cmp.daysNow = ln.n;
        cmp.daysLastYear = ll.n;
        cmp.valid = hasData(cmp.loadNow) && hasData(cmp.loadLastYear);
    }

    // Every break in the leader's calendar that has finished by today.
    Acc before, after;
    const QVector<AcademicYear> &years = calendar.calendar().region().years;
    for (int yi = 0; yi < years.size(); ++yi) {
        const QVector<Term> &terms = years[yi].terms;
        for (int ti = 0; ti < terms.size(); ++ti) {
            const Term &t = terms[ti];
            addBreak(out.restore, before, after, byDay, t.halfTermStart.addDays(-1),
                     mondayOf(t.halfTermEnd).addDays(7), today);
            const Term *next = ti + 1 < terms.size() ? &terms[ti + 1]
                               : (yi + 1 < years.size() ? &years[yi + 1].terms[0] : nullptr);
            if (next)
                addBreak(out.restore, before, after, byDay, t.end, next->start, today);
        }
    }
    out.restore.energyBefore = before.mean(1);
    out.restore.energyAfter = after.mean(1);
    return out;
}

QJsonObject termInsightsJson(const TermInsights &t)
{
    QJsonObject today{{QStringLiteral("key"), t.today.key()},
                      {QStringLiteral("label"), dayContextEnglish(t.today)},
                      {QStringLiteral("academicYear"), t.today.academicYear},
                      {QStringLiteral("inset"), t.today.inset},
                      {QStringLiteral("marks"), QJsonArray::fromStringList(t.today.marks)}};
    if (t.today.kind == DayKind::Term) {
        today.insert(QStringLiteral("term"), termId(t.today.term));
        today.insert(QStringLiteral("weekOfTerm"), t.today.weekOfTerm);
        today.insert(QStringLiteral("half"), t.today.half);
    }
    QJsonArray weeks;
    for (const TermWeekLoad &w : t.byWeek)
        weeks.append(QJsonObject{{QStringLiteral("term"), termId(w.term)},
                                 {QStringLiteral("week"), w.week},
                                 {QStringLiteral("load"), num(w.load)},
                                 {QStringLiteral("days"), w.days}});
    QJsonArray halves;
    for (const HalfTermLoad &h : t.byHalf)
        halves.append(QJsonObject{{QStringLiteral("term"), termId(h.term)},
                                  {QStringLiteral("half"), h.half},
                                  {QStringLiteral("load"), num(h.load)},
                                  {QStringLiteral("days"), h.days}});
    QJsonObject heaviest;
    if (t.heaviestIndex >= 0)
        heaviest = QJsonObject{{QStringLiteral("term"), termId(t.byHalf[t.heaviestIndex].term)},
                               {QStringLiteral("half"), t.byHalf[t.heaviestIndex].half},
                               {QStringLiteral("yearsHeaviest"), t.heaviestYears},
                               {QStringLiteral("yearsCompared"), t.yearsCompared}};
    const SameHalfComparison &c = t.sameHalfLastYear;
    const QJsonObject same{{QStringLiteral("valid"), c.valid},
                           {QStringLiteral("year"), c.year},
                           {QStringLiteral("term"), termId(c.term)},
                           {QStringLiteral("half"), c.half},
                           {QStringLiteral("throughWeek"), c.throughWeek},
                           {QStringLiteral("loadNow"), num(c.loadNow)},
                           {QStringLiteral("loadLastYear"), num(c.loadLastYear)},
                           {QStringLiteral("energyNow"), num(c.energyNow)},
                           {QStringLiteral("energyLastYear"), num(c.energyLastYear)},
                           {QStringLiteral("daysNow"), c.daysNow},
                           {QStringLiteral("daysLastYear"), c.daysLastYear}};
    const QJsonObject restore{{QStringLiteral("holidays"), t.restore.holidays},
                              {QStringLiteral("restored"), t.restore.restored},
                              {QStringLiteral("energyBefore"), num(t.restore.energyBefore)},
                              {QStringLiteral("energyAfter"), num(t.restore.energyAfter)}};
    return QJsonObject{{QStringLiteral("hasCalendar"), t.hasCalendar},
                       {QStringLiteral("region"), t.regionId},
                       {QStringLiteral("today"), today},
                       {QStringLiteral("byWeekOfTerm"), weeks},
                       {QStringLiteral("byHalfTerm"), halves},
                       {QStringLiteral("heaviestHalfTerm"), heaviest.isEmpty() ? QJsonValue() : QJsonValue(heaviest)},
                       {QStringLiteral("sameHalfTermLastYear"), same},
                       {QStringLiteral("holidayRestore"), restore}};
}

} // namespace saib::insights
