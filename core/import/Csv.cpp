#include "Csv.h"

#include <QStringDecoder>

namespace saib {

CsvResult readCsv(const QByteArray &bytes)
{
    CsvResult out;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        out.error = Error(ErrorCode::ImportInvalid, QStringLiteral("not UTF-8"));
        out.line = 0; // the whole file
        return out;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    int line = 1;
    CsvRow row;
    row.line = 1;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the current field was quoted (so "" is an empty value)
    int quoteLine = 0;
    auto endField = [&] {
        row.fields << field;
        field.clear();
        wasQuoted = false;
    };
    auto endRow = [&] {
        endField();
        // A blank line is no row.
        if (!(row.fields.size() == 1 && row.fields.first().isEmpty()))
            out.rows << row;
        row = CsvRow();
        row.line = line;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            continue; // the \n ends the row
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else {
            field += c;
        }
    }
    if (quoted) {
        out.error = Error(ErrorCode::ImportInvalid, QStringLiteral("a quoted field is never closed"));
        out.line = quoteLine;
        out.rows.clear();
        return out;
    }
    if (!field.isEmpty() || !row.fields.isEmpty() || wasQuoted)
        endRow();
    return out;
}

CsvResult readCsvWithHeader(const QByteArray &bytes, const QStringList &header, const QString &mismatch)
{
    CsvResult table = readCsv(bytes);
    if (!table.error.ok())
        return table;
    if (table.rows.isEmpty()) {
        table.error = Error(ErrorCode::ImportInvalid, QStringLiteral("empty file"));
        table.line = 1;
        return table;
    }
    QStringList first = table.rows.first().fields;
    for (QString &h : first)
        h = h.trimmed().toLower();
    if (first != header) {
        table.error = Error(ErrorCode::ImportInvalid, mismatch);
        table.line = table.rows.first().line;
    }
    return table;
}

} // namespace saib
