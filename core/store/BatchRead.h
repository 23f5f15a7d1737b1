#pragma once
// Reading many rows and their tags by key, two queries per chunk of keys instead of two
// prepared statements per key (a sync push reads a whole batch this way).

#include "Statement.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace saib {

// `rowsSql` and `tagsSql` each hold "IN @keys", completed with a chunk's placeholders and
// bound to its keys. `readRow(rows)` makes a Row (with an `id`) from the rows query;
// `addTag(row, tags)` adds the tags query's current tag to the row whose id is its first
// column, in the order the tags query returns them.
template <typename Row, typename ReadRow, typename AddTag>
Result<QVector<Row>> readRowsWithTags(Database &db, const QStringList &keys, const QByteArray &rowsSql,
                                      const QByteArray &tagsSql, ReadRow readRow, AddTag addTag)
{
    QVector<Row> out;
    for (qsizetype from = 0; from < keys.size(); from += Statement::kMaxInList) {
        const QStringList part = keys.mid(from, Statement::kMaxInList);
        const QByteArray in = Statement::inList(int(part.size()));
        Statement rows(db, QByteArray(rowsSql).replace("@keys", in).constData());
        Statement tags(db, QByteArray(tagsSql).replace("@keys", in).constData());
        for (int i = 0; i < part.size(); ++i) {
            rows.bind(i + 1, part[i]);
            tags.bind(i + 1, part[i]);
        }
        QHash<QString, qsizetype> at;
        while (rows.next()) {
            out << readRow(rows);
            at.insert(out.constLast().id, out.size() - 1);
        }
        if (!rows.error().ok())
            return rows.error();
        while (tags.next())
            if (const auto it = at.constFind(tags.text(0)); it != at.cend())
                addTag(out[*it], tags);
        if (!tags.error().ok())
            return tags.error();
    }
    return out;
}

} // namespace saib
