#include "InsightStores.h"
#include "../io/IsoTime.h"
#include "Database.h"
#include "SyncLedgerStore.h"
#include "../Clock.h"

#include <QUuid>

namespace saib {

namespace {
QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

const char *const kRatingColumns =
    "SELECT id, week, purpose, belonging, valued, cared_for, fairness, control, created_at, "
    "updated_at FROM weekly_ratings ";

WeeklyRating readRating(const Statement &st)
{
    WeeklyRating r;
    r.id = st.text(0);
    r.week = QDate::fromString(st.text(1), Qt::ISODate);
    for (int i = 0; i < kDomainCount; ++i)
        r.scores[std::size_t(i)] = int(st.integer(2 + i));
    r.createdAt = timeFromIso(st.text(8));
    r.updatedAt = timeFromIso(st.text(9));
    return r;
}


Result<int> countOf(Database &db, const char *sql)
{
    Statement st(db, sql);
    if (!st.next())
        return st.error().ok() ? Error(ErrorCode::StorageFailed, QStringLiteral("count")) : st.error();
    return int(st.integer(0));
}
} // namespace

Result<WeeklyRating> RatingStore::save(WeeklyRating r)
{
    if (Error e = validate(r); !e.ok())
        return e;
    const QDateTime now = saib::Clock::nowUtc();
    Error err = m_db.transaction([&]() -> Error {
        {
            Statement find(m_db, "SELECT id, created_at FROM weekly_ratings WHERE week = ?");
            find.bind(1, isoDay(r.week));
            const bool exists = find.next();
            if (!find.error().ok())
                return find.error();
            r.id = exists ? find.text(0) : (r.id.isEmpty() ? newId() : r.id);
            r.createdAt = exists ? timeFromIso(find.text(1)) : now;
        }
        r.updatedAt = now;
        return put(r);
    });
    if (!err.ok())
        return err;
    return r;
}

Error RatingStore::put(const WeeklyRating &r, PutOptions)
{
    if (Error e = remove(r.week); !e.ok())
        return e;
    CachedStatement write = m_db.cached("INSERT INTO weekly_ratings (id, week, purpose, belonging, valued, "
                                        "cared_for, fairness, control, created_at, updated_at) "
                                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    write->bind(1, r.id).bind(2, isoDay(r.week));
    for (int i = 0; i < kDomainCount; ++i)
        write->bind(3 + i, r.scores[std::size_t(i)]);
    write->bind(9, isoTime(r.createdAt)).bind(10, isoTime(r.updatedAt));
    if (Error e = write->run(); !e.ok())
        return e;
    return SyncLedgerStore(m_db).markInserted("rating", isoDay(r.week));
}

Error RatingStore::remove(const QDate &monday)
{
    CachedStatement del = m_db.cached("DELETE FROM weekly_ratings WHERE week = ?");
    del->bind(1, isoDay(monday));
    return del->run();
}

Result<QStringList> RatingStore::weeks() { return Statement::firstColumnTexts(m_db, "SELECT week FROM weekly_ratings"); }

Result<int> RatingStore::count() { return countOf(m_db, "SELECT count(*) FROM weekly_ratings"); }

Result<std::optional<WeeklyRating>> RatingStore::forWeek(const QDate &monday)
{
    const QByteArray sql = QByteArray(kRatingColumns) + "WHERE week = ?";
    Statement st(m_db, sql.constData());
    st.bind(1, monday.toString(Qt::ISODate));
    if (!st.next())
        return st.error().ok() ? Result<std::optional<WeeklyRating>>(std::optional<WeeklyRating>())
                               : Result<std::optional<WeeklyRating>>(st.error());
    return std::optional<WeeklyRating>(readRating(st));
}

Result<QVector<WeeklyRating>> RatingStore::forWeeks(const QList<QDate> &mondays)
{
    QVector<WeeklyRating> out;
    for (qsizetype from = 0; from < mondays.size(); from += Statement::kMaxInList) {
        const QList<QDate> part = mondays.mid(from, Statement::kMaxInList);
        Statement st(m_db, (QByteArray(kRatingColumns) + "WHERE week IN " + Statement::inList(int(part.size()))).constData());
        for (int i = 0; i < part.size(); ++i)
            st.bind(i + 1, part[i].toString(Qt::ISODate));
        while (st.next())
            out << readRating(st);
        if (!st.error().ok())
            return st.error();
    }
    return out;
}

Result<QVector<WeeklyRating>> RatingStore::between(const QDate &from, const QDate &to)
{
    const QByteArray sql = QByteArray(kRatingColumns) + "WHERE week BETWEEN ? AND ? ORDER BY week";
    Statement st(m_db, sql.constData());
    st.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    QVector<WeeklyRating> out;
    while (st.next())
        out << readRating(st);
    if (!st.error().ok())
        return st.error();
    return out;
}

Result<SkillsAssessment> SkillsStore::save(SkillsAssessment a)
{
    if (Error e = validate(a); !e.ok())
        return e;
    if (a.id.isEmpty())
        a.id = newId();
    a.createdAt = saib::Clock::nowUtc();
    Error err = m_db.transaction([&]() -> Error { return put(a); });
    if (!err.ok())
        return err;
    return a;
}

Error SkillsStore::put(const SkillsAssessment &a, PutOptions)
{
    if (Error e = remove(a.id); !e.ok())
        return e;
    CachedStatement head = m_db.cached("INSERT INTO skills_assessments (id, taken_on, created_at) VALUES (?, ?, ?)");
    head->bind(1, a.id).bind(2, isoDay(a.takenOn)).bind(3, isoTime(a.createdAt));
    if (Error e = head->run(); !e.ok())
        return e;
    if (Error e = SyncLedgerStore(m_db).markInserted("skills", a.id); !e.ok())
        return e;
    CachedStatement row = m_db.cached(
        "INSERT INTO skill_ratings (assessment_id, skill_id, importance, confidence) VALUES (?, ?, ?, ?)");
    for (auto it = a.ratings.cbegin(); it != a.ratings.cend(); ++it) {
        row->reset();
        row->bind(1, a.id).bind(2, it.key()).bind(3, it.value().importance).bind(4, it.value().confidence);
        if (Error e = row->run(); !e.ok())
            return e;
    }
    return row->prepareError();
}

Error SkillsStore::remove(const QString &id)
{
    // Its ratings go with it (ON DELETE CASCADE).
    CachedStatement del = m_db.cached("DELETE FROM skills_assessments WHERE id = ?");
    del->bind(1, id);
    return del->run();
}

Result<QStringList> SkillsStore::ids() { return Statement::firstColumnTexts(m_db, "SELECT id FROM skills_assessments"); }

Result<int> SkillsStore::count() { return countOf(m_db, "SELECT count(*) FROM skills_assessments"); }

Error SkillsStore::loadRatings(SkillsAssessment &a)
{
    Statement rows(m_db, "SELECT skill_id, importance, confidence FROM skill_ratings WHERE assessment_id = ?");
    rows.bind(1, a.id);
    while (rows.next())
        a.ratings.insert(rows.text(0), SkillRating{int(rows.integer(1)), int(rows.integer(2))});
    return rows.error();
}

Result<std::optional<SkillsAssessment>> SkillsStore::get(const QString &id)
{
    SkillsAssessment a;
    {
        Statement head(m_db, "SELECT id, taken_on, created_at FROM skills_assessments WHERE id = ?");
        head.bind(1, id);
        if (!head.next()) {
            if (!head.error().ok())
                return head.error();
            return std::optional<SkillsAssessment>();
        }
        a.id = head.text(0);
        a.takenOn = QDate::fromString(head.text(1), Qt::ISODate);
        a.createdAt = timeFromIso(head.text(2));
    }
    if (Error e = loadRatings(a); !e.ok())
        return e;
    return std::optional<SkillsAssessment>(std::move(a));
}

Result<QVector<SkillsAssessment>> SkillsStore::all()
{
    Statement heads(m_db,
                    "SELECT id, taken_on, created_at FROM skills_assessments ORDER BY taken_on, created_at");
    QVector<SkillsAssessment> out;
    while (heads.next()) {
        SkillsAssessment a;
        a.id = heads.text(0);
        a.takenOn = QDate::fromString(heads.text(1), Qt::ISODate);
        a.createdAt = timeFromIso(heads.text(2));
        out << a;
    }
    if (!heads.error().ok())
        return heads.error();
    for (SkillsAssessment &a : out)
        if (Error e = loadRatings(a); !e.ok())
            return e;
    return out;
}

} // namespace saib
