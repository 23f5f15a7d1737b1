#include "Summary.h"

#include "../model/Skills.h"
#include "../model/TagCatalogue.h"
#include "../store/CheckinStore.h"
#include "../store/InsightStores.h"
#include "../store/JournalStore.h"

#include <QLocale>
#include <algorithm>
#include <QSet>

namespace saib::insights {

namespace {
QString longDate(const QDate &d) { return QLocale().toString(d, QStringLiteral("d MMMM yyyy")); }
QString oneDecimal(double v) { return QLocale().toString(v, 'f', 1); }
} // namespace

Error validate(const SummaryRequest &r, const QDate &today)
{
    if (!r.from.isValid() || !r.to.isValid() || r.from > r.to || r.to > today)
        return Error(ErrorCode::InvalidDateRange);
    return {};
}

bool choseAnything(const SummaryRequest &r)
{
    return r.trends || r.domains || r.skills || r.helps || !r.entryIds.isEmpty();
}

Result<Summary> computeSummary(Database &db, const SummaryRequest &request, const QDate &today)
{
    if (Error e = validate(request, today); !e.ok())
        return e;
    Summary s;
    s.request = request;
    s.made = today;
    s.periodDays = int(request.from.daysTo(request.to)) + 1;

    auto checkins = CheckinStore(db).between(request.from, request.to);
    if (!checkins.ok())
        return checkins.error();
    const QVector<Checkin> &cs = checkins.value();
    s.checkins = int(cs.size());

    if (request.trends) {
        // The same means as the dashboard's trend points, over one bucket (the period) and
        // its two halves, so "rising" and "falling" rest on exactly those figures.
        const QDate mid = request.from.addDays((s.periodDays - 1) / 2);
        const QVector<Bucket> whole{{request.from, request.to}};
        const QVector<Bucket> halves{{request.from, mid}, {mid.addDays(1), request.to}};
        const QVector<Bucket> chart = periodBuckets(request.from, request.to);
        for (int m = 0; m < kMetricCount; ++m) {
            s.overall[m] = trend(cs, Metric(m), whole).value(0);
            const QVector<Point> h = trend(cs, Metric(m), halves);
            s.firstHalf[m] = h.value(0);
            s.secondHalf[m] = s.periodDays > 1 ? h.value(1) : Point{};
            s.trends[m] = trend(cs, Metric(m), chart);
        }
        s.jdr = demandsVsResources(cs, chart);
    }
    if (request.domains) {
        auto ratings = RatingStore(db).between(weekStart(request.from), request.to);
        if (!ratings.ok())
            return ratings.error();
        QVector<Bucket> weeks;
        for (QDate monday = weekStart(request.from); monday <= request.to; monday = monday.addDays(7))
            weeks << Bucket{monday, std::min(monday.addDays(6), request.to)};
        s.domains = domainTrends(ratings.value(), weeks, weekStart(request.from), request.to);
        s.ratedWeeks = int(ratings.value().size());
        s.purposeWithoutCare = insights::purposeWithoutCare(s.domains);
    }
    if (request.skills) {
        auto all = SkillsStore(db).all(); // oldest first
        if (!all.ok())
            return all.error();
        QVector<SkillsAssessment> upToEnd;
        for (const SkillsAssessment &a : all.value())
            if (a.takenOn <= request.to)
                upToEnd << a;
        s.skills = skillGaps(upToEnd);
        if (!upToEnd.isEmpty())
            s.skillsTakenOn = upToEnd.last().takenOn;
    }
    if (request.helps)
        s.helps = whatHelps(cs);

    if (!request.entryIds.isEmpty()) {
        JournalStore journal(db);
        QSet<QString> seen;
        for (const QString &id : request.entryIds) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            auto entry = journal.get(id);
            if (!entry.ok())
                return entry.error();
            // Only an entry from the chosen period: a summary of the autumn term holds
            // nothing written outside it, even if an id from elsewhere is passed.
            if (!entry.value() || entry.value()->day < request.from || entry.value()->day > request.to)
                return Error(ErrorCode::NotFound, id);
            s.entries << *entry.value();
        }
        std::stable_sort(s.entries.begin(), s.entries.end(), [](const JournalEntry &a, const JournalEntry &b) {
            return a.day != b.day ? a.day < b.day : a.createdAt < b.createdAt;
        });
    }
    return s;
}

std::optional<SummaryRequest> parseIncludeList(const QString &include, QString *unknown)
{
    SummaryRequest r;
    QString rest = include.trimmed();
    const int entriesAt = rest.indexOf(QLatin1String("entries:"));
    if (entriesAt >= 0) {
        for (const QString &id : rest.mid(entriesAt + 8).split(QLatin1Char(','), Qt::SkipEmptyParts))
            r.entryIds << id.trimmed();
        rest = rest.left(entriesAt);
        if (r.entryIds.isEmpty()) {
            *unknown = QStringLiteral("entries:");
            return std::nullopt;
        }
    }
    for (const QString &raw : rest.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString word = raw.trimmed();
        if (word == QLatin1String("trends"))
            r.trends = true;
        else if (word == QLatin1String("domains"))
            r.domains = true;
        else if (word == QLatin1String("skills"))
            r.skills = true;
        else if (word == QLatin1String("helps"))
            r.helps = true;
        else if (!word.isEmpty()) {
            *unknown = word;
            return std::nullopt;
        }
    }
    return r;
}

QString SummaryWords::title() { return tr("Saib: a summary for a coach or supervisor"); }

QString SummaryWords::period(const Summary &s)
{
    return tr("From %1 to %2. Made on %3.")
        .arg(longDate(s.request.from), longDate(s.request.to), longDate(s.made));
}

QString SummaryWords::notEncrypted()
{
    return tr("This file is not encrypted. It holds only what you chose to include; anyone who can "
              "open the file can read it. Share it only with the person you choose, and delete it "
              "when you no longer need it.");
}

QString SummaryWords::metricLabel(Metric m)
{
    switch (m) {
    case Metric::Demand: return tr("Demand (0–10)");
    case Metric::Emotional: return tr("Emotional load (0–10)");
    case Metric::Energy: return tr("Energy (0–10)");
    case Metric::Hours: return tr("Hours worked");
    case Metric::Strategic: return tr("Strategic share of the day");
    }
    return {};
}

QString SummaryWords::number(double v, Metric m)
{
    if (!hasData(v))
        return QStringLiteral("–");
    if (m == Metric::Strategic)
        return tr("%1%").arg(QLocale().toString(v, 'f', 0));
    if (m == Metric::Hours)
        return tr("%1 h").arg(oneDecimal(v));
    return oneDecimal(v);
}

QString SummaryWords::trendsHeading() { return tr("How the days have been"); }

QString SummaryWords::checkinCount(const Summary &s)
{
    return tr("Check-ins in the period: %1 (days in the period: %2). Each figure is the mean of the "
              "check-ins that answered it; the arrow shows the first half of the period against the second.")
        .arg(s.checkins)
        .arg(s.periodDays);
}

QString SummaryWords::jdrSentence(const Summary &s)
{
    if (!hasData(s.jdr.gapChange))
        return tr("Demands against resources: not enough check-ins to see a direction.");
    if (s.jdr.widening)
        return tr("Demands against resources: the gap between demands and resources widened by %1 "
                  "points over the period.").arg(oneDecimal(s.jdr.gapChange));
    if (s.jdr.gapChange <= -kWideningThreshold)
        return tr("Demands against resources: the gap between demands and resources narrowed by %1 "
                  "points over the period.").arg(oneDecimal(-s.jdr.gapChange));
    return tr("Demands against resources: the gap between demands and resources stayed about the same.");
}

QString SummaryWords::domainsHeading() { return tr("The six domains (weekly rating, 1–5)"); }

QString SummaryWords::ratedWeeks(const Summary &s)
{
    return tr("Weeks rated in the period: %1. Each figure is the mean of those weeks.").arg(s.ratedWeeks);
}

QString SummaryWords::purposeWithoutCareNote()
{
    return tr("Purpose and belonging stayed high while feeling valued and feeling cared for stayed low. "
              "Leaders who left headship often describe this pattern: it may be worth talking about.");
}

QString SummaryWords::skillsHeading(const Summary &s)
{
    if (!s.skillsTakenOn.isValid())
        return tr("Leadership skills (importance against confidence, 1–10)");
    return tr("Leadership skills: self-assessment of %1 (importance against confidence, 1–10)")
        .arg(longDate(s.skillsTakenOn));
}

QString SummaryWords::skillLine(const SkillGap &g)
{
    QString line = tr("%1: importance %2, confidence %3, gap %4")
                       .arg(skillLabel(g.skillId))
                       .arg(g.importance)
                       .arg(g.confidence)
                       .arg(g.gap);
    if (g.previousGap)
        line += tr(" (gap last time: %1)").arg(*g.previousGap);
    return line;
}

QString SummaryWords::helpsHeading() { return tr("What seems to help"); }

QString SummaryWords::helpsExplanation()
{
    return tr("Mean emotional load (0–10) on days with each tag against days without it, for tags with "
              "at least %1 days each way. A pattern, not a cause.").arg(kMinDaysForEffect);
}

QString SummaryWords::helpLine(const TagEffect &e)
{
    return tr("%1: %2 on days with it (days: %3), %4 on days without (days: %5)")
        .arg(tagLabel(e.tag), oneDecimal(e.meanWith))
        .arg(e.daysWith)
        .arg(oneDecimal(e.meanWithout))
        .arg(e.daysWithout);
}

QString SummaryWords::entriesHeading() { return tr("Journal entries I chose to share"); }

QString SummaryWords::noData() { return tr("Nothing recorded in this period."); }

QString summaryText(const Summary &s)
{
    using W = SummaryWords;
    QString out;
    auto line = [&](const QString &text = {}) { out += text + QLatin1Char('\n'); };
    auto heading = [&](const QString &text) {
        line();
        line(text);
        line(QString(text.size(), QLatin1Char('=')));
    };
    line(W::title());
    line(W::period(s));
    line();
    line(W::notEncrypted());

    if (s.request.trends) {
        heading(W::trendsHeading());
        line(W::checkinCount(s));
        if (s.checkins == 0) {
            line(W::noData());
        } else {
            for (int m = 0; m < kMetricCount; ++m) {
                const Metric metric = Metric(m);
                line(QStringLiteral("  %1: %2  (%3 → %4)")
                         .arg(W::metricLabel(metric), W::number(s.overall[m].value, metric),
                              W::number(s.firstHalf[m].value, metric), W::number(s.secondHalf[m].value, metric)));
            }
            line(W::jdrSentence(s));
        }
    }
    if (s.request.domains) {
        heading(W::domainsHeading());
        line(W::ratedWeeks(s));
        if (s.ratedWeeks == 0) {
            line(W::noData());
        } else {
            for (const DomainTrend &t : s.domains)
                line(QStringLiteral("  %1: %2").arg(domainLabel(t.domain), W::number(t.recentMean, Metric::Demand)));
            if (s.purposeWithoutCare)
                line(W::purposeWithoutCareNote());
        }
    }
    if (s.request.skills) {
        heading(W::skillsHeading(s));
        if (s.skills.isEmpty())
            line(W::noData());
        for (const SkillGap &g : s.skills)
            line(QStringLiteral("  ") + W::skillLine(g));
    }
    if (s.request.helps) {
        heading(W::helpsHeading());
        line(W::helpsExplanation());
        if (s.helps.isEmpty())
            line(W::noData());
        for (const TagEffect &e : s.helps)
            line(QStringLiteral("  ") + W::helpLine(e));
    }
    if (!s.entries.isEmpty()) {
        heading(W::entriesHeading());
        for (const JournalEntry &e : s.entries) {
            line();
            line(QStringLiteral("%1 (%2)").arg(e.title.isEmpty() ? QStringLiteral("—") : e.title, longDate(e.day)));
            line(e.body.trimmed());
        }
    }
    return out;
}

} // namespace saib::insights
