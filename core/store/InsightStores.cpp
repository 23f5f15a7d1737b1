#include "InsightStores.h"
#include "../io/IsoTime.h"
#include "Database.h"
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
} // namespace

Result<WeeklyRating> RatingStore::save(WeeklyRating r)
{
    if (Error e = validate(r); !e.ok())
        return e;
    const QDateTime now = saib::Clock::nowUtc();
    Error err = m_db.transaction([&]() -> Error {
        Statement find(m_db.handle(), "SELECT id, created_at FROM weekly_ratings WHERE week = ?");
        find.bind(1, r.week.toString(Qt::ISODate));
        const bool exists = find.next();
        if (!find.error().ok())
            return find.error();
        r.id = exists ? find.text(0) : (r.id.isEmpty() ? newId() : r.id);
        r.createdAt = exists ? timeFromIso(find.text(1)) : now;
        r.updatedAt = now;
        Statement write(m_db.handle(),
                        exists ? "UPDATE weekly_ratings SET purpose = ?3, belonging = ?4, valued = ?5, "
                                 "cared_for = ?6, fairness = ?7, control = ?8, updated_at = ?10 WHERE id = ?1"
                               : "INSERT INTO weekly_ratings VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        write.bind(1, r.id).bind(2, r.week.toString(Qt::ISODate));
        for (int i = 0; i < kDomainCount; ++i)
            write.bind(3 + i, r.scores[std::size_t(i)]);
        write.bind(9, isoTime(r.createdAt)).bind(10, isoTime(r.updatedAt));
        return write.run();
    });
    if (!err.ok())
        return err;
    return r;
}

Result<std::optional<WeeklyRating>> RatingStore::forWeek(const QDate &monday)
{
    const QByteArray sql = QByteArray(kRatingColumns) + "WHERE week = ?";
    Statement st(m_db.handle(), sql.constData());
    st.bind(1, monday.toString(Qt::ISODate));
    if (!st.next())
        return st.error().ok() ? Result<std::optional<WeeklyRating>>(std::optional<WeeklyRating>())
                               : Result<std::optional<WeeklyRating>>(st.error());
    return std::optional<WeeklyRating>(readRating(st));
}

Result<QVector<WeeklyRating>> RatingStore::between(const QDate &from, const QDate &to)
{
    const QByteArray sql = QByteArray(kRatingColumns) + "WHERE week BETWEEN ? AND ? ORDER BY week";
    Statement st(m_db.handle(), sql.constData());
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
    Error err = m_db.transaction([&]() -> Error {
        Statement head(m_db.handle(), "INSERT INTO skills_assessments (id, taken_on, created_at) VALUES (?, ?, ?)");
        head.bind(1, a.id).bind(2, a.takenOn.toString(Qt::ISODate)).bind(3, isoTime(a.createdAt));
        if (Error e = head.run(); !e.ok())
            return e;
        Statement row(m_db.handle(),
                      "INSERT INTO skill_ratings (assessment_id, skill_id, importance, confidence) VALUES (?, ?, ?, ?)");
        for (auto it = a.ratings.cbegin(); it != a.ratings.cend(); ++it) {
            row.reset();
            row.bind(1, a.id).bind(2, it.key()).bind(3, it.value().importance).bind(4, it.value().confidence);
            if (Error e = row.run(); !e.ok())
                return e;
        }
        return {};
    });
    if (!err.ok())
        return err;
    return a;
}

Result<QVector<SkillsAssessment>> SkillsStore::all()
{
    Statement heads(m_db.handle(),
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
    Statement rows(m_db.handle(),
                   "SELECT skill_id, importance, confidence FROM skill_ratings WHERE assessment_id = ?");
    for (SkillsAssessment &a : out) {
        rows.reset();
        rows.bind(1, a.id);
        while (rows.next())
            a.ratings.insert(rows.text(0), SkillRating{int(rows.integer(1)), int(rows.integer(2))});
        if (!rows.error().ok())
            return rows.error();
    }
    return out;
}

} // namespace saib
