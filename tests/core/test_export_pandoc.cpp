// Markdown export, read back by an independent reader: pandoc (Debian package), once as
// GitHub Markdown and once with its default reader (YAML metadata blocks, raw TeX, raw
// HTML, smart typography). For adversarial titles and bodies, the title pandoc reads
// (both as metadata and as the heading) is exactly the title written, and the body's
// text is every word written, none swallowed as HTML, TeX or metadata.
#include "TestSupport.h"

#include <core/journal/JournalExport.h>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace saib;

namespace {
struct Case {
    QString title;
    QString body;
};

QVector<Case> adversarial()
{
    return {
        {QStringLiteral("Notes on <private> matters"),
         QStringLiteral("Nodyn: <b>bold</b> & <private> &amp; stays\n\n<div>a block</div>\n")},
        {QStringLiteral("C:\\new\\temp and \\textbf{x}"),
         QStringLiteral("Path C:\\new\\temp and \\textbf{x}, a \\ lone backslash, and an end\\")},
        {QStringLiteral("*cuts* and _under_ #1 [link](x) `code` <!-- c -->"),
         QStringLiteral("A paragraph.\n\n---\nNodyn: this must not vanish\n---\n\nAfter the rule.\n")},
        {QStringLiteral("Line one\nline two"),
         QStringLiteral("Ŵyn, ŷ, â, ï: emoji 🙂👩🏽‍🏫 and $5 or $x$ or 2^10^ cost")},
        {QStringLiteral("--- \"quoted\" 'single' ... ^sup^ ~sub~ @cite"),
         QStringLiteral("---\ntop: rule\nmore: words\n---\n\nclosing text\n\n...\n")},
        {QStringLiteral("Ŵythnos anodd: â'r llywodraethwyr 🙂"),
         QStringLiteral("It's \"smart\" -- and ... done.\n\n- a list item\n- another with <tag>\n")},
        {QStringLiteral("Code"),
         QStringLiteral("Code:\n\n```\n<tag> \\x $y$\n---\n```\n\nand `<inline> \\z` done\n\n    indented <kept> \\w\n")},
        {QString(), QStringLiteral("No title, a body with \\section{x} and <br> only.")},
    };
}

// Typography pandoc's default reader adds, undone; then thematic breaks, code fences and
// backticks removed and white space collapsed: what is left is the text.
QString text(QString s)
{
    s.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x2018), QLatin1Char('\''));
    s.replace(QChar(0x201C), QLatin1Char('"')).replace(QChar(0x201D), QLatin1Char('"'));
    s.replace(QChar(0x2014), QLatin1String("---")).replace(QChar(0x2013), QLatin1String("--"));
    s.replace(QChar(0x2026), QLatin1String("..."));
    static const QRegularExpression rule(QStringLiteral("^[-*_ ]{3,}$|^(```|~~~)$"),
                                         QRegularExpression::MultilineOption);
    s.replace(rule, QString());
    s.remove(QLatin1Char('`'));
    // A `---` under a paragraph is a heading rule to GitHub, an em dash to pandoc (whose
    // setext headings are one line): a rule either way, not text.
    static const QRegularExpression dashes(QStringLiteral("(^|\\s)-{3,}(?=\\s|$)"));
    return s.simplified().replace(dashes, QString()).simplified();
}

QString oneLine(QString title)
{
    title.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return title;
}

// Runs pandoc with a template that prints the metadata title, a marker, then the body.
QString pandoc(const QString &from, const QString &file, const QString &templ)
{
    QProcess p;
    p.start(QStringLiteral("pandoc"), {QStringLiteral("-f"), from, QStringLiteral("-t"), QStringLiteral("plain"),
                                       QStringLiteral("--wrap=none"), QStringLiteral("--template"), templ, file});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

TEST_CASE("pandoc reads every exported title and body as written", "[export][pandoc]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("pandoc")).isEmpty()) {
        WARN("skipped: pandoc is not installed (apt-get install pandoc; scripts/install-deps.sh lists it)");
        return;
    }
    QTemporaryDir dir;
    const QString templ = dir.filePath(QStringLiteral("t.plain"));
    {
        QFile f(templ);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("$title$\n@@body@@\n$body$\n");
    }
    int n = 0;
    for (const Case &c : adversarial()) {
        JournalEntry e;
        e.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(++n, 12, 10, QLatin1Char('0'));
        e.title = c.title;
        e.body = c.body;
        e.tags = {QStringLiteral("<tag> & *x*")};
        e.day = QDate(2026, 3, 1);
        e.createdAt = QDateTime(e.day, QTime(8, 0), Qt::UTC);
        e.updatedAt = e.createdAt;
        const QString file = dir.filePath(QStringLiteral("%1.md").arg(n));
        {
            QFile f(file);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write(JournalExport::toMarkdown(e).toUtf8());
        }
        for (const QString &from : {QStringLiteral("gfm"), QStringLiteral("markdown")}) {
            const QString out = pandoc(from, file, templ);
            INFO("reader " << from.toStdString() << ", export:\n" << JournalExport::toMarkdown(e).toStdString()
                           << "\npandoc:\n" << out.toStdString());
            const int marker = out.indexOf(QLatin1String("\n@@body@@\n"));
            REQUIRE(marker >= 0);
            // The metadata title is exactly the title.
            CHECK(out.left(marker) == oneLine(c.title));
            QString body = out.mid(marker + 10);
            if (!c.title.isEmpty()) {
                // The heading is exactly the title, on its own line.
                const int end = body.indexOf(QLatin1Char('\n'));
                CHECK(body.left(end) == oneLine(c.title));
                body = body.mid(end + 1);
            }
            CHECK(text(body) == text(c.body));
        }
    }
}
