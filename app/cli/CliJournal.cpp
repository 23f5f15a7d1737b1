#include "CliJournal.h"
#include "CliSession.h"
#include <core/Clock.h>

#include <core/ErrorMessages.h>
#include <core/journal/JournalExport.h>
#include <core/journal/JournalJson.h>
#include <core/journal/PromptLibrary.h>
#include <core/vault/Preferences.h>
#include <core/vault/Vault.h>
#include <platform/TerminalInput.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace saib::cli {

namespace {
constexpr int kMaxLimit = 100000;

void printLine(const QString &line) { std::printf("%s\n", qUtf8Printable(line)); }

void printJson(const QJsonArray &array)
{
    std::printf("%s", QJsonDocument(array).toJson(QJsonDocument::Indented).constData());
}

// One table cell: line breaks flattened so a row stays one line, cut with "…" when too
// long, padded in characters (printf's %-Ns pads in bytes, which misaligns ŵ, â, ...).
QString cell(const QString &text, int width)
{
    QString flat = text.simplified();
    if (flat.size() > width)
        flat = flat.left(width - 1) + QChar(0x2026);
    return flat.leftJustified(width);
}

// False when the option is set but is not a YYYY-MM-DD date; `day` is left untouched
// when the option is absent.
bool readDay(const QCommandLineParser &p, const QString &name, QDate &day)
{
    if (!p.isSet(name))
        return true;
    day = QDate::fromString(p.value(name), Qt::ISODate);
    return day.isValid();
}

bool readLimit(const QCommandLineParser &p, int &limit)
{
    if (!p.isSet(QStringLiteral("limit")))
        return true;
    bool ok = false;
    limit = p.value(QStringLiteral("limit")).toInt(&ok);
    return ok && limit >= 1 && limit <= kMaxLimit;
}

QString limitUsage() { return QStringLiteral("--limit must be a whole number from 1 to %1").arg(kMaxLimit); }

// A piped body (`pbpaste | saib-cli journal add --title ...`) is read whole. The final
// newline the shell or editor adds is not something the leader wrote, so it is dropped.
QString readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return QString();
    QString text = QString::fromUtf8(in.readAll());
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

// Entries may have a body but no title; the table then shows the body's opening words.
QString entryLabel(const JournalEntry &e)
{
    return e.title.isEmpty() ? e.body.section(QLatin1Char('\n'), 0, 0) : e.title;
}

// The core marks matches with control characters for the UI to style; a terminal or a
// script gets plain brackets instead.
QString bracketHighlights(QString snippet)
{
    return snippet.replace(kHighlightStart, QLatin1Char('[')).replace(kHighlightEnd, QLatin1Char(']'));
}

QJsonObject hitToJson(const SearchHit &h)
{
    return QJsonObject{
        {QStringLiteral("kind"), h.kind == SearchHit::Kind::Entry ? QStringLiteral("entry") : QStringLiteral("checkin")},
        {QStringLiteral("id"), h.refId},
        {QStringLiteral("day"), h.day.toString(Qt::ISODate)},
        {QStringLiteral("title"), h.title},
        {QStringLiteral("snippet"), bracketHighlights(h.snippet)},
        {QStringLiteral("score"), h.score},
    };
}

QString exportUsage() { return QStringLiteral("use 'journal export --markdown DIR' or 'journal export --json FILE'"); }
} // namespace

void addJournalOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("title"), QStringLiteral("Title of a journal entry."), QStringLiteral("text")});
    p.addOption({QStringLiteral("body"), QStringLiteral("Text of a journal entry (default: read from piped input)."), QStringLiteral("text")});
    p.addOption({QStringLiteral("tags"), QStringLiteral("Tags of a journal entry, comma-separated."), QStringLiteral("tags")});
    p.addOption({QStringLiteral("prompt"), QStringLiteral("Id of the prompt a journal entry answers (see 'saib-cli prompts')."), QStringLiteral("id")});
    p.addOption({QStringLiteral("limit"), QStringLiteral("At most this many journal entries or search results."), QStringLiteral("n")});
    p.addOption({QStringLiteral("tag"), QStringLiteral("Search only what carries this tag."), QStringLiteral("tag")});
    p.addOption({QStringLiteral("from"), QStringLiteral("For journal search and summary: from this day (YYYY-MM-DD, inclusive)."), QStringLiteral("date")});
    p.addOption({QStringLiteral("to"), QStringLiteral("For journal search and summary: up to this day (YYYY-MM-DD, inclusive)."), QStringLiteral("date")});
    p.addOption({QStringLiteral("markdown"), QStringLiteral("Export the journal as one Markdown file per entry.")});
    p.addOption({QStringLiteral("category"), QStringLiteral("List only the prompts of this category id."), QStringLiteral("id")});
    p.addOption({QStringLiteral("lang"), QStringLiteral("Language of the prompts (default: the app's language) or of the summary (default: en): 'en' or 'cy'."), QStringLiteral("lang")});
    p.addOption({QStringLiteral("today"), QStringLiteral("Show only today's prompt.")});
}

int journalAdd(Vault &vault, const QCommandLineParser &p)
{
    JournalEntry e;
    if (!readDay(p, QStringLiteral("day"), e.day))
        return usage(QStringLiteral("--day must be a date like 2026-11-25"));
    // "On this day" looks back at earlier years; an entry dated ahead would surface wrongly.
    if (e.day.isValid() && e.day > saib::Clock::today())
        return usage(QStringLiteral("--day cannot be in the future"));
    e.promptId = p.value(QStringLiteral("prompt"));
    if (!e.promptId.isEmpty() && !PromptLibrary::builtIn().find(e.promptId))
        return usage(QStringLiteral("unknown prompt '%1'; 'saib-cli prompts' lists them").arg(e.promptId));
    e.title = p.value(QStringLiteral("title"));
    e.tags = splitCommaList(p.values(QStringLiteral("tags")));
    if (p.isSet(QStringLiteral("body")))
        e.body = p.value(QStringLiteral("body"));
    else if (!platform::stdinIsTerminal())
        e.body = readStdin();

    if (!unlockOrReport(vault))
        return Failed;
    auto saved = vault.journal().save(e);
    if (!saved.ok())
        return fail(saved.error());
    std::printf("Saved journal entry %s\n", qUtf8Printable(saved.value().id));
    return Ok;
}

int journalList(Vault &vault, const QCommandLineParser &p)
{
    int limit = -1; // all
    if (!readLimit(p, limit))
        return usage(limitUsage());
    if (!unlockOrReport(vault))
        return Failed;
    auto list = vault.journal().list(limit);
    if (!list.ok())
        return fail(list.error());

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const JournalEntry &e : list.value())
            array.append(toJson(e));
        printJson(array);
        return Ok;
    }
    printLine(cell(QStringLiteral("day"), 10) + QStringLiteral("  ") + cell(QStringLiteral("title"), 40)
              + QStringLiteral("  tags"));
    for (const JournalEntry &e : list.value())
        printLine(cell(e.day.toString(Qt::ISODate), 10) + QStringLiteral("  ") + cell(entryLabel(e), 40)
                  + QStringLiteral("  ") + e.tags.join(QStringLiteral(", ")));
    return Ok;
}

int journalSearch(Vault &vault, const QCommandLineParser &p, const QStringList &words)
{
    SearchQuery q;
    q.text = words.join(QLatin1Char(' '));
    q.tag = p.value(QStringLiteral("tag"));
    if (!readDay(p, QStringLiteral("from"), q.from) || !readDay(p, QStringLiteral("to"), q.to))
        return usage(QStringLiteral("--from and --to must be dates like 2026-11-25"));
    // A reversed range is a mistake in the command line, not in the store: exit 2, but
    // with the core's translated sentence so the app and CLI explain it the same way.
    if (q.from.isValid() && q.to.isValid() && q.from > q.to)
        return usage(errorMessage(ErrorCode::InvalidDateRange));
    if (!readLimit(p, q.limit))
        return usage(limitUsage());
    // With nothing to match on, the core returns nothing; say why instead of printing nothing.
    if (q.text.trimmed().isEmpty() && q.tag.trimmed().isEmpty() && !q.from.isValid() && !q.to.isValid())
        return usage(QStringLiteral("give words to search for, or --tag, --from or --to"));

    if (!unlockOrReport(vault))
        return Failed;
    auto hits = vault.journal().search(q);
    if (!hits.ok())
        return fail(hits.error());

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit &h : hits.value())
            array.append(hitToJson(h));
        printJson(array);
        return Ok;
    }
    printLine(cell(QStringLiteral("kind"), 8) + QStringLiteral("  ") + cell(QStringLiteral("day"), 10)
              + QStringLiteral("  ") + cell(QStringLiteral("title"), 30) + QStringLiteral("  snippet"));
    for (const SearchHit &h : hits.value()) {
        const QString kind = h.kind == SearchHit::Kind::Entry ? QStringLiteral("entry") : QStringLiteral("check-in");
        printLine(cell(kind, 8) + QStringLiteral("  ") + cell(h.day.toString(Qt::ISODate), 10)
                  + QStringLiteral("  ") + cell(h.title, 30) + QStringLiteral("  ")
                  + bracketHighlights(h.snippet).simplified());
    }
    return Ok;
}

int journalExport(Vault &vault, const QCommandLineParser &p, const QStringList &target)
{
    const bool json = p.isSet(QStringLiteral("json"));
    if (json == p.isSet(QStringLiteral("markdown")) || target.size() != 1)
        return usage(exportUsage());
    const QString path = target.first();

    if (!unlockOrReport(vault))
        return Failed;
    auto entries = vault.journal().list();
    if (!entries.ok())
        return fail(entries.error());
    // Said before anything is written: the copy leaves the encrypted store.
    std::fprintf(stderr, "Warning: exported files are not encrypted; anyone who can open them can read them.\n");
    int written = entries.value().size();
    if (json) {
        if (Error e = JournalExport::writeJson(entries.value(), path); !e.ok())
            return fail(e);
    } else {
        auto files = JournalExport::writeMarkdown(entries.value(), path);
        if (!files.ok())
            return fail(files.error());
        written = files.value();
    }
    std::printf("Exported %d journal %s to %s\n", written, written == 1 ? "entry" : "entries",
                qUtf8Printable(path));
    return Ok;
}

int journalImport(Vault &vault, const QCommandLineParser &p, const QStringList &target)
{
    // Only the JSON export can be read back; Markdown files are for reading elsewhere.
    if (!p.isSet(QStringLiteral("json")) || p.isSet(QStringLiteral("markdown")) || target.size() != 1)
        return usage(QStringLiteral("use 'journal import --json FILE'"));

    if (!unlockOrReport(vault))
        return Failed;
    JournalStore journal = vault.journal();
    auto summary = JournalExport::importJson(journal, target.first());
    if (!summary.ok())
        return fail(summary.error());
    std::printf("Imported journal: %d added, %d updated, %d skipped\n", summary.value().added,
                summary.value().updated, summary.value().skipped);
    return Ok;
}

int listPrompts(const QString &dataDir, const QCommandLineParser &p)
{
    // Without --lang, follow the language chosen in the app (kept unencrypted for the
    // lock screen, so no passphrase is needed here).
    const QString lang = p.isSet(QStringLiteral("lang")) ? p.value(QStringLiteral("lang"))
                                                        : Preferences(dataDir).language();
    if (lang != QLatin1String("en") && lang != QLatin1String("cy"))
        return usage(QStringLiteral("--lang must be 'en' or 'cy'"));
    const PromptLibrary &library = PromptLibrary::builtIn();

    QVector<Prompt> prompts = library.prompts();
    if (p.isSet(QStringLiteral("today"))) {
        if (p.isSet(QStringLiteral("category")))
            return usage(QStringLiteral("--today picks from every category; leave out --category"));
        const Prompt *today = library.promptOfTheDay(saib::Clock::today());
        prompts = today ? QVector<Prompt>{*today} : QVector<Prompt>();
    } else if (p.isSet(QStringLiteral("category"))) {
        const QString category = p.value(QStringLiteral("category"));
        QStringList known;
        for (const PromptCategory &c : library.categories())
            known << c.id;
        if (!known.contains(category))
            return usage(QStringLiteral("unknown category '%1'; use one of: %2")
                             .arg(category, known.join(QStringLiteral(", "))));
        prompts = library.inCategory(category);
    }

    int idWidth = 2, categoryWidth = 8;
    for (const Prompt &prompt : prompts) {
        idWidth = qMax(idWidth, int(prompt.id.size()));
        categoryWidth = qMax(categoryWidth, int(prompt.category.size()));
    }
    // The prompt of the day is one line (no header) so scripts can show it as it is.
    if (!p.isSet(QStringLiteral("today")))
        printLine(cell(QStringLiteral("id"), idWidth) + QStringLiteral("  ")
                  + cell(QStringLiteral("category"), categoryWidth) + QStringLiteral("  prompt"));
    for (const Prompt &prompt : prompts)
        printLine(cell(prompt.id, idWidth) + QStringLiteral("  ") + cell(prompt.category, categoryWidth)
                  + QStringLiteral("  ") + prompt.text(lang));
    return Ok;
}

} // namespace saib::cli
