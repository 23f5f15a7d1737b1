// The table printed after a run: one line per figure, SQLCipher beside the unencrypted
// engine with their ratio, then unlock, GUI start and relay, each with peak memory.
#include "Bench.h"

#include <QJsonArray>

namespace saib::bench {

namespace {
QString num(double v, int decimals = 2) { return QString::number(v, 'f', decimals); }
QString mib(const QJsonValue &kb) { return kb.isDouble() ? num(kb.toDouble() / 1024.0, 0) + QStringLiteral(" MiB") : QStringLiteral("-"); }

QString row(const QString &label, const QString &a, const QString &b = {}, const QString &c = {},
            const QString &d = {})
{
    return QStringLiteral("  %1 %2 %3 %4 %5\n").arg(label, -34).arg(a, 14).arg(b, 14).arg(c, 8).arg(d, 10);
}

QString problem(const QJsonObject &o)
{
    if (o.contains(QStringLiteral("error")))
        return QStringLiteral("  FAILED: ") + o[QStringLiteral("error")].toString() + QLatin1Char('\n');
    if (o.contains(QStringLiteral("skipped")))
        return QStringLiteral("  skipped: ") + o[QStringLiteral("skipped")].toString() + QLatin1Char('\n');
    return {};
}
} // namespace

QString formatTable(const QJsonObject &r)
{
    QString t;
    const QJsonObject w = r[QStringLiteral("workload")].toObject();
    t += QStringLiteral("Saib benchmark (%1, seed %2): %3 days, %4 journal entries of %5 words\n")
             .arg(r[QStringLiteral("mode")].toString())
             .arg(r[QStringLiteral("seed")].toInteger())
             .arg(w[QStringLiteral("days")].toInt())
             .arg(w[QStringLiteral("journal_entries")].toInt())
             .arg(w[QStringLiteral("words_per_entry")].toInt());
    t += QStringLiteral("Machine: %1 CPUs, load average at start %2\n")
             .arg(r[QStringLiteral("machine")].toObject()[QStringLiteral("cpus")].toInt())
             .arg(r[QStringLiteral("machine")].toObject()[QStringLiteral("loadavg_at_start")].toString());

    if (r.contains(QStringLiteral("store_sqlcipher"))) {
        const QJsonObject enc = r[QStringLiteral("store_sqlcipher")].toObject();
        const QJsonObject plain = r[QStringLiteral("store_plain")].toObject();
        const QJsonObject ratio = r[QStringLiteral("ratio_sqlcipher_to_plain")].toObject();
        const QJsonObject cpuRatio = r[QStringLiteral("ratio_sqlcipher_to_plain_cpu")].toObject();
        auto cpu = [&](const QString &key) { return num(cpuRatio[key].toDouble()); };
        const QJsonObject wl = enc[QStringLiteral("workload")].toObject();
        t += QStringLiteral("\nStore (%1 check-ins, %2 ratings, %3 entries, %4 words; median of %5 rounds)\n")
                 .arg(wl[QStringLiteral("checkins")].toInt())
                 .arg(wl[QStringLiteral("ratings")].toInt())
                 .arg(wl[QStringLiteral("entries")].toInt())
                 .arg(wl[QStringLiteral("words")].toInteger())
                 .arg(enc[QStringLiteral("rounds")].toInt());
        t += problem(enc) + problem(plain);
        t += row(QStringLiteral("operation (mean wall time)"), QStringLiteral("SQLCipher"), QStringLiteral("unencrypted"),
                 QStringLiteral("ratio"), QStringLiteral("CPU ratio"));
        auto ms = [](const QJsonObject &o, const char *section, const char *key) {
            return num(o[QLatin1String(section)].toObject()[QLatin1String(key)].toDouble(), 3) + QStringLiteral(" ms");
        };
        t += row(QStringLiteral("bulk insert, all records"), ms(enc, "bulk_insert", "total_ms"),
                 ms(plain, "bulk_insert", "total_ms"), num(ratio[QStringLiteral("bulk_insert")].toDouble()),
                 cpu(QStringLiteral("bulk_insert")));
        t += row(QStringLiteral("save entry (own commit)"), ms(enc, "save_entry", "mean_ms"),
                 ms(plain, "save_entry", "mean_ms"), num(ratio[QStringLiteral("save_entry")].toDouble()),
                 cpu(QStringLiteral("save_entry")));
        t += row(QStringLiteral("save check-in (own commit)"), ms(enc, "save_checkin", "mean_ms"),
                 ms(plain, "save_checkin", "mean_ms"), num(ratio[QStringLiteral("save_checkin")].toDouble()),
                 cpu(QStringLiteral("save_checkin")));
        const QJsonObject eq = enc[QStringLiteral("queries")].toObject(), pq = plain[QStringLiteral("queries")].toObject();
        for (const QString &k : eq.keys())
            t += row(k, num(eq[k].toObject()[QStringLiteral("mean_ms")].toDouble(), 3) + QStringLiteral(" ms"),
                     num(pq[k].toObject()[QStringLiteral("mean_ms")].toDouble(), 3) + QStringLiteral(" ms"),
                     num(ratio[k].toDouble()), cpu(k));
        const QJsonObject es = enc[QStringLiteral("search")].toObject(), ps = plain[QStringLiteral("search")].toObject();
        t += row(QStringLiteral("search (%1 queries), mean").arg(es[QStringLiteral("n")].toInt()),
                 num(es[QStringLiteral("mean_ms")].toDouble(), 3) + QStringLiteral(" ms"),
                 num(ps[QStringLiteral("mean_ms")].toDouble(), 3) + QStringLiteral(" ms"), num(ratio[QStringLiteral("search")].toDouble()),
                 cpu(QStringLiteral("search")));
        for (const char *p : {"p50_ms", "p95_ms", "p99_ms"})
            t += row(QStringLiteral("search %1").arg(QLatin1String(p).left(3)),
                     num(es[QLatin1String(p)].toDouble(), 3) + QStringLiteral(" ms"),
                     num(ps[QLatin1String(p)].toDouble(), 3) + QStringLiteral(" ms"));
        for (const char *p : {"cpu_p50_ms", "cpu_p95_ms", "cpu_p99_ms"})
            t += row(QStringLiteral("search %1, CPU time").arg(QLatin1String(p).mid(4, 3)),
                     num(es[QLatin1String(p)].toDouble(), 3) + QStringLiteral(" ms"),
                     num(ps[QLatin1String(p)].toDouble(), 3) + QStringLiteral(" ms"));
        const QJsonObject et = enc[QStringLiteral("search_as_you_type")].toObject(),
                          pt = plain[QStringLiteral("search_as_you_type")].toObject();
        t += row(QStringLiteral("as you type: keystroke to 1st rows"),
                 num(et[QStringLiteral("mean_ms")].toDouble(), 3) + QStringLiteral(" ms"),
                 num(pt[QStringLiteral("mean_ms")].toDouble(), 3) + QStringLiteral(" ms"),
                 num(ratio[QStringLiteral("search_as_you_type")].toDouble()));
        for (const char *p : {"p95_ms", "max_ms", "last_keystroke_max_ms"})
            t += row(QStringLiteral("as you type, %1").arg(QString(QLatin1String(p)).chopped(3).replace(QLatin1Char('_'), QLatin1Char(' '))),
                     num(et[QLatin1String(p)].toDouble(), 3) + QStringLiteral(" ms"),
                     num(pt[QLatin1String(p)].toDouble(), 3) + QStringLiteral(" ms"));
        t += row(QStringLiteral("as you type: keystrokes / replaced"),
                 QStringLiteral("%1 / %2").arg(et[QStringLiteral("keystrokes")].toInt()).arg(et[QStringLiteral("replaced_before_first_rows")].toInt()),
                 QStringLiteral("%1 / %2").arg(pt[QStringLiteral("keystrokes")].toInt()).arg(pt[QStringLiteral("replaced_before_first_rows")].toInt()));
        const QJsonObject ed = enc[QStringLiteral("dashboard")].toObject(), pd = plain[QStringLiteral("dashboard")].toObject();
        for (const QString &k : ed.keys())
            t += row(QStringLiteral("dashboard, range %1").arg(k),
                     num(ed[k].toObject()[QStringLiteral("mean_ms")].toDouble(), 3) + QStringLiteral(" ms"),
                     num(pd[k].toObject()[QStringLiteral("mean_ms")].toDouble(), 3) + QStringLiteral(" ms"),
                     num(ratio[QStringLiteral("dashboard_") + k].toDouble()), cpu(QStringLiteral("dashboard_") + k));
        t += row(QStringLiteral("database size"), num(enc[QStringLiteral("db_bytes")].toDouble() / 1048576.0, 1) + QStringLiteral(" MiB"),
                 num(plain[QStringLiteral("db_bytes")].toDouble() / 1048576.0, 1) + QStringLiteral(" MiB"),
                 num(ratio[QStringLiteral("db_bytes")].toDouble()));
        t += row(QStringLiteral("page size"), QString::number(enc[QStringLiteral("page_size")].toInt()),
                 QString::number(plain[QStringLiteral("page_size")].toInt()));
        t += row(QStringLiteral("peak memory (after vault set-up)"), mib(enc[QStringLiteral("peak_rss_kb")]),
                 mib(plain[QStringLiteral("peak_rss_kb")]));
    }
    if (r.contains(QStringLiteral("unlock"))) {
        const QJsonObject u = r[QStringLiteral("unlock")].toObject();
        t += QStringLiteral("\nUnlock (Argon2id %1 MiB, %2 passes; median of %3)\n")
                 .arg(u[QStringLiteral("argon2_memlimit_mib")].toInt())
                 .arg(u[QStringLiteral("argon2_opslimit")].toInt())
                 .arg(u[QStringLiteral("unlock")].toObject()[QStringLiteral("n")].toInt());
        t += problem(u);
        t += row(QStringLiteral("key derivation only"), num(u[QStringLiteral("kdf")].toObject()[QStringLiteral("p50_ms")].toDouble(), 0) + QStringLiteral(" ms"));
        t += row(QStringLiteral("unlock (KDF + open store)"), num(u[QStringLiteral("unlock")].toObject()[QStringLiteral("p50_ms")].toDouble(), 0) + QStringLiteral(" ms"));
        t += row(QStringLiteral("peak memory"), mib(u[QStringLiteral("peak_rss_kb")]));
    }
    if (r.contains(QStringLiteral("gui_cold_start"))) {
        const QJsonObject g = r[QStringLiteral("gui_cold_start")].toObject();
        t += QStringLiteral("\nGUI cold start, offscreen (process wall time, median)\n");
        t += problem(g);
        for (const char *k : {"lock", "dashboard"}) {
            const QJsonObject o = g[QLatin1String(k)].toObject();
            if (o.isEmpty())
                continue;
            t += row(QStringLiteral("to the %1").arg(QLatin1String(k) == QLatin1String("lock") ? QStringLiteral("lock screen")
                                                                                       : QStringLiteral("dashboard (incl. unlock)")),
                     num(o[QStringLiteral("p50_ms")].toDouble(), 0) + QStringLiteral(" ms"), mib(o[QStringLiteral("peak_rss_kb")]));
            if (o.contains(QStringLiteral("after_key"))) // issue 21: <= 150 ms
                t += row(QStringLiteral("  first frame after key derived"),
                         num(o[QStringLiteral("after_key")].toObject()[QStringLiteral("p50_ms")].toDouble(), 0)
                             + QStringLiteral(" ms"));
        }
    }
    for (const QString &key : {QStringLiteral("relay"), QStringLiteral("relay_postgres")}) {
        if (!r.contains(key))
            continue;
        const QJsonObject rl = r[key].toObject();
        t += QStringLiteral("\nRelay on loopback (%1, %2 concurrent clients)\n")
                 .arg(key == QLatin1String("relay") ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"))
                 .arg(rl[QStringLiteral("clients")].toInt());
        t += problem(rl);
        if (!rl.contains(QStringLiteral("error")) && !rl.contains(QStringLiteral("skipped"))) {
            t += row(QStringLiteral("pushes/s (1 envelope each)"), num(rl[QStringLiteral("pushes_per_s")].toDouble(), 0),
                     num(rl[QStringLiteral("relay_cpu_ms_per_push")].toDouble(), 2) + QStringLiteral(" ms CPU"));
            t += row(QStringLiteral("envelopes/s (batches of %1)").arg(rl[QStringLiteral("batch_size")].toInt()),
                     num(rl[QStringLiteral("envelopes_per_s")].toDouble(), 0),
                     num(rl[QStringLiteral("relay_cpu_ms_per_batch")].toDouble(), 2) + QStringLiteral(" ms CPU"));
            t += row(QStringLiteral("peak memory: relay / clients"), mib(rl[QStringLiteral("relay_peak_rss_kb")]),
                     mib(rl[QStringLiteral("peak_rss_kb")]));
        }
    }
    if (r.contains(QStringLiteral("full_sync"))) {
        const QJsonObject s = r[QStringLiteral("full_sync")].toObject();
        t += QStringLiteral("\nFull sync of the account to a fresh device (relay on loopback, %1 records)\n")
                 .arg(s[QStringLiteral("records")].toInt());
        t += problem(s);
        if (!s.contains(QStringLiteral("error")) && !s.contains(QStringLiteral("skipped"))) {
            t += row(QStringLiteral("first device pushes everything"), num(s[QStringLiteral("push_ms")].toDouble() / 1000.0, 1) + QStringLiteral(" s"),
                     num(s[QStringLiteral("push_records_per_s")].toDouble(), 0) + QStringLiteral(" records/s"));
            t += row(QStringLiteral("fresh device pulls and applies it"), num(s[QStringLiteral("pull_ms")].toDouble() / 1000.0, 1) + QStringLiteral(" s"),
                     num(s[QStringLiteral("pull_records_per_s")].toDouble(), 0) + QStringLiteral(" records/s"));
            t += row(QStringLiteral("CPU: pushing device / relay"), num(s[QStringLiteral("push_cpu_ms")].toDouble() / 1000.0, 1) + QStringLiteral(" s"),
                     num(s[QStringLiteral("push_relay_cpu_ms")].toDouble() / 1000.0, 1) + QStringLiteral(" s"));
            t += row(QStringLiteral("CPU: fresh device / relay"), num(s[QStringLiteral("pull_cpu_ms")].toDouble() / 1000.0, 1) + QStringLiteral(" s"),
                     num(s[QStringLiteral("pull_relay_cpu_ms")].toDouble() / 1000.0, 1) + QStringLiteral(" s"));
            t += row(QStringLiteral("in all (push + pull, apply, index)"), num(s[QStringLiteral("total_ms")].toDouble() / 1000.0, 1) + QStringLiteral(" s"));
            t += row(QStringLiteral("relay's copy of the account"), mib(s[QStringLiteral("relay_db_bytes")].toDouble() / 1024.0));
            t += row(QStringLiteral("peak memory: pull / whole phase"), mib(s[QStringLiteral("pull_peak_rss_kb")]), mib(s[QStringLiteral("peak_rss_kb")]));
        }
    }
    for (const QString &key : {QStringLiteral("load"), QStringLiteral("load_postgres")}) {
        if (!r.contains(key))
            continue;
        const QJsonObject l = r[key].toObject();
        t += QStringLiteral("\nLoad run on loopback (%1: %2 accounts, %3 devices, %4 at a time)\n")
                 .arg(key == QLatin1String("load") ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"))
                 .arg(l[QStringLiteral("accounts")].toInt())
                 .arg(l[QStringLiteral("devices")].toInt())
                 .arg(l[QStringLiteral("concurrency")].toInt());
        t += problem(l);
        if (!l.contains(QStringLiteral("error")) && !l.contains(QStringLiteral("skipped"))) {
            t += row(QStringLiteral("requests/s"), num(l[QStringLiteral("requests_per_s")].toDouble(), 0),
                     num(l[QStringLiteral("relay_cpu_ms_per_request")].toDouble(), 2) + QStringLiteral(" ms CPU"));
            t += row(QStringLiteral("device syncs/s (sign in, push, pull)"), num(l[QStringLiteral("device_syncs_per_s")].toDouble(), 0));
            const QJsonObject kinds = l[QStringLiteral("by_kind")].toObject();
            for (const QString &k : kinds.keys())
                t += row(QStringLiteral("%1: p50 / p95").arg(k),
                         num(kinds[k].toObject()[QStringLiteral("p50_ms")].toDouble(), 1) + QStringLiteral(" ms"),
                         num(kinds[k].toObject()[QStringLiteral("p95_ms")].toDouble(), 1) + QStringLiteral(" ms"));
            t += row(QStringLiteral("whole device sync: p50 / p95"),
                     num(l[QStringLiteral("device_sync")].toObject()[QStringLiteral("p50_ms")].toDouble(), 1) + QStringLiteral(" ms"),
                     num(l[QStringLiteral("device_sync")].toObject()[QStringLiteral("p95_ms")].toDouble(), 1) + QStringLiteral(" ms"));
            t += row(QStringLiteral("peak memory: relay / clients"), mib(l[QStringLiteral("relay_peak_rss_kb")]),
                     mib(l[QStringLiteral("peak_rss_kb")]));
        }
    }
    return t;
}

} // namespace saib::bench
