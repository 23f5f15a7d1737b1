#pragma once
// A small RFC 4180 reader for the CSV imports: quoted fields may hold commas, quotes ("")
// and line breaks; CRLF or LF; a UTF-8 byte-order mark is ignored. Each row keeps the
// line it starts on, so errors can name it.
#include "../Error.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>

namespace saib {

struct CsvRow {
    int line = 0; // 1-based line of the file where the row starts
    QStringList fields;
};

struct CsvResult {
    QVector<CsvRow> rows;
    Error error;  // ImportInvalid (an unclosed quote, or not UTF-8)
    int line = 0; // where, when error is set
};

CsvResult readCsv(const QByteArray &bytes);
// readCsv, and the first row must be `header` (compared trimmed and lower-cased);
// otherwise an ImportInvalid error on line 1 ("empty file") or on the header's line
// (`mismatch`).
CsvResult readCsvWithHeader(const QByteArray &bytes, const QStringList &header, const QString &mismatch);

} // namespace saib
