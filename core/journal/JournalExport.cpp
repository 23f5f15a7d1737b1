#include "JournalExport.h"
#include "JournalJson.h"
#include "MarkdownEscape.h"
#include "../store/JournalStore.h"
#include "../io/AtomicFile.h"

#include <QDir>
#include <QFile>

namespace saib::JournalExport {

namespace {
QString slug(const QString &title)
{
    // Fold ŵ -> w, â -> a etc. so file names stay portable.
    const QString folded = title.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    for (const QChar ch : folded) {
        if (ch.isLetterOrNumber() && ch.unicode() < 128)
            out += ch;
        else if ((ch.isSpace() || ch == QLatin1Char('-')) && !out.endsWith(QLatin1Char('-')) && !out.isEmpty())
            out += QLatin1Char('-');
        if (out.size() >= 48)
            break;
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("entry") : out;
}

QString yamlString(const QString &s)
{
    QString escaped = s;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    escaped.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Exports are plaintext: owner-only before any byte is written.
Error writeFile(const QString &path, const QByteArray &bytes)
{
    return AtomicFile::write(path, bytes, ErrorCode::ExportFailed);
}
} // namespace

QString markdownFileName(const JournalEntry &e)
{
    return QStringLiteral("%1-%2-%3.md")
        .arg(e.day.toString(Qt::ISODate), slug(e.title), e.id.left(8));
}

// Front matter first (pandoc and most static-site tools read it as metadata; pandoc reads
// its strings as Markdown, hence the escaping), then the title as a heading, then the body.
QString toMarkdown(const JournalEntry &e)
{
    QStringList tags;
    for (const QString &t : e.tags)
        tags << yamlString(MarkdownEscape::literal(t));
    QString md = QStringLiteral("---\n");
    md += QStringLiteral("title: %1\n").arg(yamlString(MarkdownEscape::literal(e.title)));
    md += QStringLiteral("day: %1\n").arg(e.day.toString(Qt::ISODate));
    md += QStringLiteral("created: %1\n").arg(e.createdAt.toUTC().toString(Qt::ISODateWithMs));
    md += QStringLiteral("updated: %1\n").arg(e.updatedAt.toUTC().toString(Qt::ISODateWithMs));
    md += QStringLiteral("tags: [%1]\n").arg(tags.join(QStringLiteral(", ")));
    if (!e.promptId.isEmpty())
        md += QStringLiteral("prompt: %1\n").arg(e.promptId);
    md += QStringLiteral("id: %1\n---\n\n").arg(e.id);
    if (!e.title.isEmpty())
        md += QStringLiteral("# %1\n\n").arg(MarkdownEscape::literal(e.title));
    md += MarkdownEscape::body(e.body);
    if (!md.endsWith(QLatin1Char('\n')))
        md += QLatin1Char('\n');
    return md;
}

Result<int> writeMarkdown(const QVector<JournalEntry> &entries, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Error(ErrorCode::ExportFailed, folder);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    int written = 0;
    for (const JournalEntry &e : entries) {
        if (Error err = writeFile(QDir(folder).filePath(markdownFileName(e)), toMarkdown(e).toUtf8()); !err.ok())
            return err;
        ++written;
    }
    return written;
}

Error writeJson(const QVector<JournalEntry> &entries, const QString &file)
{
    return writeFile(file, journalToJson(entries));
}

Result<ImportSummary> importJson(JournalStore &store, const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error(ErrorCode::ImportInvalid, in.errorString());
    auto parsed = journalFromJson(in.readAll());
    if (!parsed.ok())
        return parsed.error();
    ImportSummary summary;
    for (const JournalEntry &incoming : parsed.value()) {
        auto existing = store.get(incoming.id);
        if (!existing.ok())
            return existing.error();
        if (existing.value() && existing.value()->updatedAt >= incoming.updatedAt) {
            ++summary.skipped;
            continue;
        }
        // The exported updatedAt is kept: a later import of an older copy must still lose.
        auto saved = store.save(incoming, JournalStore::Stamp::AsGiven);
        if (!saved.ok())
            return saved.error();
        ++(existing.value() ? summary.updated : summary.added);
    }
    return summary;
}

} // namespace saib::JournalExport
