#include "CheckinCsv.h"
#include "Csv.h"
#include "../ErrorMessages.h"

#include <QSet>

namespace saib::CheckinCsv {

namespace {
const QStringList kHeader{QStringLiteral("day"), QStringLiteral("hours"), QStringLiteral("strategic_percent"),
                          QStringLiteral("demand"), QStringLiteral("emotional"), QStringLiteral("energy"),
                          QStringLiteral("drained_by"), QStringLiteral("sustained_by"), QStringLiteral("note")};

QStringList tagList(const QString &field)
{
    QStringList tags;
    for (const QString &t : field.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        tags << t.simplified();
    return normaliseTags(tags);
}
} // namespace

QByteArray header() { return kHeader.join(QLatin1Char(',')).toUtf8(); }

ImportParse parse(const QByteArray &csv, const QDate &today)
{
    const CsvResult table = readCsvWithHeader(
        csv, kHeader, QStringLiteral("the header must be: ") + kHeader.join(QLatin1Char(',')));
    if (!table.error.ok())
        return ImportParse::failure(table.line, true, table.error.detail);

    ImportParse out;
    QSet<QDate> seen;
    for (int r = 1; r < table.rows.size(); ++r) {
        const CsvRow &row = table.rows[r];
        const QStringList &f = row.fields;
        if (f.size() != kHeader.size())
            return ImportParse::failure(row.line, true,
                                        QStringLiteral("%1 fields, not %2").arg(f.size()).arg(kHeader.size()));
        Checkin c;
        c.day = QDate::fromString(f[0].trimmed(), Qt::ISODate);
        bool ok[5] = {};
        c.hours = f[1].trimmed().toDouble(&ok[0]);
        c.strategicPercent = f[2].trimmed().toInt(&ok[1]);
        c.demand = f[3].trimmed().toInt(&ok[2]);
        c.emotional = f[4].trimmed().toInt(&ok[3]);
        c.energy = f[5].trimmed().toInt(&ok[4]);
        for (bool b : ok)
            if (!b)
                return ImportParse::failure(row.line, true, QStringLiteral("a number cannot be read"));
        c.drainedBy = tagList(f[6]);
        c.sustainedBy = tagList(f[7]);
        c.note = f[8].trimmed();
        if (!c.day.isValid())
            return ImportParse::failure(row.line, true, QStringLiteral("day is not yyyy-mm-dd"));
        if (c.day > today) {
            out.plan.skipped << ImportSkip{row.line, ImportSkipReason::FutureDay, {}};
            continue;
        }
        if (seen.contains(c.day)) {
            out.plan.skipped << ImportSkip{row.line, ImportSkipReason::SameDay, {}};
            continue;
        }
        if (Error e = validate(c, today); !e.ok())
            return ImportParse::failure(row.line, true, errorMessage(e));
        c.id = importedId(QStringLiteral("checkins-csv"), c.day.toString(Qt::ISODate));
        seen.insert(c.day);
        out.plan.checkins << c;
    }
    return out;
}

} // namespace saib::CheckinCsv
