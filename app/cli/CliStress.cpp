#include "CliStress.h"
#include "CliSession.h"
#include <core/Clock.h>

#include <core/store/CheckinStore.h>
#include <core/store/Database.h>
#include <core/store/JournalStore.h>

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <cstdio>

namespace saib::cli {

namespace {
const char *const kWords[] = {"ysgol", "school", "tîm", "team", "ŵyn", "governors", "cyfarfod",
                              "budget", "llythyr", "tired", "balch", "quiet", "dŵr", "term"};

QString checkLine(const QString &text)
{
    return QStringLiteral("check ")
        + QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// The next day without a check-in: the day before the earliest one (or yesterday), so
// every round of the crash test writes new days and a duplicate would show.
QDate nextFreeDay(Database &db)
{
    auto first = CheckinStore(db).firstDay();
    if (first.ok() && first.value().isValid())
        return first.value().addDays(-1);
    return saib::Clock::today().addDays(-1);
}
} // namespace

QString stressBody(int seq)
{
    QRandomGenerator rng(quint32(seq) * 2654435761u + 1);
    QStringList words;
    const int n = 20 + int(rng.bounded(400));
    for (int i = 0; i < n; ++i)
        words << QString::fromUtf8(kWords[rng.bounded(int(std::size(kWords)))]);
    const QString text = QStringLiteral("Stress entry %1. ").arg(seq) + words.join(QLatin1Char(' '));
    return text + QLatin1Char('\n') + checkLine(text);
}

bool stressBodyIsWhole(const QString &body)
{
    const int cut = body.lastIndexOf(QLatin1Char('\n'));
    return cut > 0 && body.mid(cut + 1) == checkLine(body.left(cut));
}

void addStressOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("count"), QStringLiteral("For stress: how many records to write (default 1000)."), QStringLiteral("n")});
}

int stress(Vault &vault, const QCommandLineParser &p)
{
    int count = 1000;
    if (p.isSet(QStringLiteral("count"))) {
        bool ok = false;
        count = p.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || count < 1)
            return usage(QStringLiteral("--count must be a positive number"));
    }
    if (!unlockOrReport(vault))
        return Failed;
    Database &db = *vault.database();
    CheckinStore checkins(db);
    JournalStore journal(db);
    auto entries = journal.count();
    if (!entries.ok())
        return fail(entries.error());
    int seq = entries.value();
    QDate day = nextFreeDay(db);
    for (int i = 0; i < count; ++i) {
        if (i % 2 == 0) {
            Checkin c;
            c.day = day;
            c.hours = 8.5;
            c.strategicPercent = 20;
            c.demand = i % 11;
            c.emotional = (i / 2) % 11;
            c.energy = 10 - i % 11;
            c.drainedBy = QStringList{QStringLiteral("workload"), QStringLiteral("budget")};
            c.sustainedBy = QStringList{QStringLiteral("peer-heads")};
            c.note = QStringLiteral("stress note %1 ŵyn").arg(day.toString(Qt::ISODate));
            auto saved = checkins.save(c, saib::Clock::today());
            if (!saved.ok())
                return fail(saved.error());
            std::printf("committed checkin %s %s\n", qPrintable(saved.value().id), qPrintable(day.toString(Qt::ISODate)));
            day = day.addDays(-1);
        } else {
            JournalEntry e;
            e.title = QStringLiteral("Stress %1").arg(seq);
            e.body = stressBody(seq);
            e.tags = QStringList{QStringLiteral("stress"), QStringLiteral("s%1").arg(seq % 10)};
            auto saved = journal.save(e);
            if (!saved.ok())
                return fail(saved.error());
            std::printf("committed entry %s %d\n", qPrintable(saved.value().id), seq);
            ++seq;
        }
        // The line must be out before the next write starts: it is the test's record.
        std::fflush(stdout);
    }
    return Ok;
}

} // namespace saib::cli
