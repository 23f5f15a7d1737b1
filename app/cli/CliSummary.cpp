#include "CliSummary.h"
#include "CliSession.h"

#include <app/summary/SummaryFiles.h>
#include <core/Clock.h>
#include <core/insights/Summary.h>
#include <core/vault/Vault.h>

#include <cstdio>

namespace saib::cli {

void addSummaryOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("include"),
                 QStringLiteral("For summary: trends,domains,skills,helps and entries:ID,ID (journal entries, "
                                "each named by id; last in the list)."),
                 QStringLiteral("list")});
    p.addOption({QStringLiteral("pdf"), QStringLiteral("For summary: write the PDF here."), QStringLiteral("file")});
    p.addOption({QStringLiteral("text"), QStringLiteral("For summary: write the plain text here."), QStringLiteral("file")});
}

int summaryCommand(Vault &vault, const QCommandLineParser &p)
{
    const QString lang = p.isSet(QStringLiteral("lang")) ? p.value(QStringLiteral("lang")) : QStringLiteral("en");
    if (!summary::useLanguage(lang))
        return usage(QStringLiteral("--lang must be 'en' or 'cy'"));
    const QString pdf = p.value(QStringLiteral("pdf"));
    const QString text = p.value(QStringLiteral("text"));
    if (pdf.isEmpty() && text.isEmpty())
        return usage(QStringLiteral("summary needs --pdf FILE, --text FILE or both"));
    if (!p.isSet(QStringLiteral("include")))
        return usage(QStringLiteral("summary needs --include, e.g. --include trends,domains,skills,helps"));
    QString unknown;
    auto request = insights::parseIncludeList(p.value(QStringLiteral("include")), &unknown);
    if (!request)
        return usage(QStringLiteral("--include: unknown part '%1' (use trends, domains, skills, helps, entries:ID,ID)")
                         .arg(unknown));
    if (!insights::choseAnything(*request))
        return usage(QStringLiteral("--include names nothing to put in the summary"));
    for (const char *name : {"from", "to"}) {
        const QString value = p.value(QLatin1String(name));
        const QDate day = QDate::fromString(value, Qt::ISODate);
        if (value.isEmpty() || !day.isValid())
            return usage(QStringLiteral("summary needs --%1 YYYY-MM-DD (got '%2')").arg(QLatin1String(name), value));
        (qstrcmp(name, "from") == 0 ? request->from : request->to) = day;
    }
    const QDate today = saib::Clock::today();
    if (Error e = insights::validate(*request, today); !e.ok())
        return fail(e);
    if (!unlockOrReport(vault))
        return Failed;
    auto made = insights::computeSummary(*vault.database(), *request, today);
    if (!made.ok())
        return fail(made.error());
    if (Error e = summary::writeFiles(made.value(), pdf, text); !e.ok())
        return fail(e);
    for (const QString &path : {pdf, text})
        if (!path.isEmpty())
            std::printf("Wrote %s (owner-only; NOT encrypted)\n", qUtf8Printable(path));
    return Ok;
}

} // namespace saib::cli
