#include "MarkdownEscape.h"

#include <QStringList>

#include <cctype>

namespace saib::MarkdownEscape {

namespace {
bool asciiPunct(QChar c)
{
    const ushort u = c.unicode();
    return u < 128 && std::ispunct(static_cast<int>(u));
}

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0x2028) || c == QChar(0x2029);
}

int indentOf(const QString &line)
{
    int n = 0;
    for (const QChar c : line) {
        if (c == QLatin1Char(' '))
            ++n;
        else if (c == QLatin1Char('\t'))
            n += 4 - n % 4;
        else
            break;
    }
    return n;
}

// A fence opener or closer: up to three spaces, then ``` or ~~~ (or longer).
bool fence(const QString &line, QChar *ch, int *len)
{
    const int indent = indentOf(line);
    if (indent > 3)
        return false;
    const QString rest = line.trimmed();
    if (rest.size() < 3 || (rest[0] != QLatin1Char('`') && rest[0] != QLatin1Char('~')))
        return false;
    int n = 0;
    while (n < rest.size() && rest[n] == rest[0])
        ++n;
    if (n < 3)
        return false;
    *ch = rest[0];
    *len = n;
    return true;
}

// `breakAllowed`: a backslash ending this line would be a hard line break (a non-blank
// line follows); at the end of a paragraph readers disagree, so it is made literal.
QString guardInline(const QString &line, bool breakAllowed)
{
    QString out;
    out.reserve(line.size() + 8);
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == QLatin1Char('`')) {
            // A code span is copied as is (escapes mean nothing inside one).
            int run = 1;
            while (i + run < line.size() && line[i + run] == QLatin1Char('`'))
                ++run;
            const QString ticks(run, QLatin1Char('`'));
            int close = line.indexOf(ticks, i + run);
            while (close >= 0 && close + run < line.size() && line[close + run] == QLatin1Char('`'))
                close = line.indexOf(ticks, close + run + 1);
            const int end = close >= 0 ? close + run : i + run;
            out += line.mid(i, end - i);
            i = end - 1;
        } else if (c == QLatin1Char('\\')) {
            // An escape the writer meant (before punctuation) or a hard line break stays.
            if (i + 1 < line.size() && asciiPunct(line[i + 1])) {
                out += line.mid(i, 2);
                ++i;
            } else if (i + 1 == line.size() && breakAllowed) {
                out += c;
            } else {
                out += QLatin1String("\\\\");
            }
        } else if (c == QLatin1Char('<')) {
            const QStringView rest = QStringView(line).mid(i + 1);
            const bool autolink = rest.startsWith(QLatin1String("http://")) || rest.startsWith(QLatin1String("https://"))
                || rest.startsWith(QLatin1String("mailto:"));
            out += autolink ? QStringLiteral("<") : QStringLiteral("\\<");
        } else if (c == QLatin1Char('&') || c == QLatin1Char('$') || c == QLatin1Char('^')) {
            // Entities, TeX maths and pandoc's superscript would change the text.
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('~') && (i == 0 || line[i - 1] != c) && (i + 1 == line.size() || line[i + 1] != c)) {
            // A lone ~ is pandoc's subscript; ~~strikeout~~ is left alone.
            out += QStringLiteral("\\~");
        } else {
            out += c;
        }
    }
    return out;
}
} // namespace

QString literal(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        if (isLineBreak(c))
            out += QLatin1Char(' ');
        else if (asciiPunct(c))
            out += QLatin1Char('\\') + QString(c);
        else
            out += c;
    }
    return out;
}

QString body(const QString &markdown)
{
    QString text = markdown;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList out;
    bool inFence = false, inIndented = false;
    QChar fenceChar;
    int fenceLen = 0;
    bool prevBlank = true; // the body follows the heading and a blank line
    for (int n = 0; n < lines.size(); ++n) {
        const QString &line = lines[n];
        const bool blank = line.trimmed().isEmpty();
        const bool nextBlank = n + 1 == lines.size() || lines[n + 1].trimmed().isEmpty();
        QChar ch;
        int len = 0;
        if (inFence) {
            if (fence(line, &ch, &len) && ch == fenceChar && len >= fenceLen
                && line.trimmed() == QString(len, ch))
                inFence = false;
            out << line;
        } else if (fence(line, &ch, &len)) {
            inFence = true;
            fenceChar = ch;
            fenceLen = len;
            out << line;
        } else if ((inIndented || prevBlank) && !blank && indentOf(line) >= 4) {
            inIndented = true; // an indented code block: shown exactly as typed
            out << line;
        } else {
            if (!blank)
                inIndented = false;
            if (prevBlank && line.trimmed() == QLatin1String("---") && indentOf(line) == 0)
                out << QStringLiteral("***");
            else
                out << guardInline(line, !nextBlank);
        }
        prevBlank = blank;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace saib::MarkdownEscape
