#include "Backup.h"
#include "../io/IsoTime.h"
#include "BackupFile.h"
#include "../Clock.h"

#include "../crypto/PassphraseStrength.h"
#include "../io/AtomicFile.h"
#include "../store/Database.h"
#include "../store/InsightStores.h"
#include "../store/JournalStore.h"
#include "../store/CheckinStore.h"
#include "../store/Migrations.h"
#include "../store/SearchIndex.h"

#include <QFile>

namespace saib::Backup {

namespace {
const QDate kFirstDay(1, 1, 1);
const QDate kLastDay(9999, 12, 31);

Error insertCheckin(Database &db, const Checkin &c)
{
    Statement st(db.handle(),
                 "INSERT INTO checkins (id, day, hours, strategic_pct, demand, emotional, energy, note, "
                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, c.id).bind(2, isoDay(c.day)).bind(3, c.hours).bind(4, c.strategicPercent);
    st.bind(5, c.demand).bind(6, c.emotional).bind(7, c.energy).bind(8, c.note);
    st.bind(9, isoTime(c.createdAt)).bind(10, isoTime(c.updatedAt));
    if (Error e = st.run(); !e.ok())
        return e;
    Statement tag(db.handle(), "INSERT INTO checkin_tags (checkin_id, kind, position, tag) VALUES (?, ?, ?, ?)");
    for (const auto &[kind, tags] : {std::pair{QStringLiteral("drained"), &c.drainedBy},
                                     std::pair{QStringLiteral("sustained"), &c.sustainedBy}}) {
        for (int i = 0; i < tags->size(); ++i) {
            tag.reset();
            tag.bind(1, c.id).bind(2, kind).bind(3, i).bind(4, tags->at(i));
            if (Error e = tag.run(); !e.ok())
                return e;
        }
    }
    if (!tag.prepareError().ok())
        return tag.prepareError();
    return SearchIndex::put(db, SearchHit::Kind::Checkin, c.id, c.day, QString(), c.note, {});
}

Error insertEntry(Database &db, const JournalEntry &e)
{
    Statement st(db.handle(),
                 "INSERT INTO journal_entries (id, title, body, prompt_id, day, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, e.id).bind(2, e.title).bind(3, e.body).bind(4, e.promptId).bind(5, isoDay(e.day));
    st.bind(6, isoTime(e.createdAt)).bind(7, isoTime(e.updatedAt));
    if (Error err = st.run(); !err.ok())
        return err;
    Statement tag(db.handle(), "INSERT INTO journal_tags (entry_id, position, tag) VALUES (?, ?, ?)");
    for (int i = 0; i < e.tags.size(); ++i) {
        tag.reset();
        tag.bind(1, e.id).bind(2, i).bind(3, e.tags[i]);
        if (Error err = tag.run(); !err.ok())
            return err;
    }
    if (!tag.prepareError().ok())
        return tag.prepareError();
    return SearchIndex::put(db, SearchHit::Kind::Entry, e.id, e.day, e.title, e.body, e.tags);
}

Error insertRating(Database &db, const WeeklyRating &r)
{
    Statement st(db.handle(),
                 "INSERT INTO weekly_ratings (id, week, purpose, belonging, valued, cared_for, fairness, "
                 "control, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, r.id).bind(2, isoDay(r.week));
    for (int d = 0; d < kDomainCount; ++d)
        st.bind(3 + d, r.scores[std::size_t(d)]);
    st.bind(9, isoTime(r.createdAt)).bind(10, isoTime(r.updatedAt));
    return st.run();
}

Error insertSkills(Database &db, const SkillsAssessment &a)
{
    Statement head(db.handle(), "INSERT INTO skills_assessments (id, taken_on, created_at) VALUES (?, ?, ?)");
    head.bind(1, a.id).bind(2, isoDay(a.takenOn)).bind(3, isoTime(a.createdAt));
    if (Error e = head.run(); !e.ok())
        return e;
    Statement row(db.handle(),
                  "INSERT INTO skill_ratings (assessment_id, skill_id, importance, confidence) VALUES (?, ?, ?, ?)");
    for (auto it = a.ratings.cbegin(); it != a.ratings.cend(); ++it) {
        row.reset();
        row.bind(1, a.id).bind(2, it.key()).bind(3, it.value().importance).bind(4, it.value().confidence);
        if (Error e = row.run(); !e.ok())
            return e;
    }
    return row.prepareError();
}

Error insertDraft(Database &db, const JournalDraft &d)
{
    Statement st(db.handle(),
                 "INSERT INTO journal_draft (slot, entry_id, title, body, tags, prompt_id, saved_at) "
                 "VALUES (1, ?, ?, ?, ?, ?, ?)");
    st.bind(1, d.entryId).bind(2, d.title).bind(3, d.body).bind(4, d.tags.join(QLatin1Char('\n')));
    st.bind(5, d.promptId).bind(6, isoTime(d.savedAt));
    return st.run();
}

Error writeSettings(Database &db, const QMap<QString, QString> &settings)
{
    if (Error e = db.exec("DELETE FROM settings"); !e.ok())
        return e;
    Statement st(db.handle(), "INSERT INTO settings (key, value) VALUES (?, ?)");
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        st.reset();
        st.bind(1, it.key()).bind(2, it.value());
        if (Error e = st.run(); !e.ok())
            return e;
    }
    return st.prepareError();
}
} // namespace

BackupCounts countsOf(const BackupData &d)
{
    return BackupCounts{int(d.checkins.size()), int(d.entries.size()), int(d.ratings.size()),
                        int(d.skills.size()),   int(d.settings.size()), d.draft.has_value()};
}

Result<BackupData> collect(Database &db)
{
    BackupData data;
    data.schema = db.schemaVersion();
    data.createdAt = saib::Clock::nowUtc();
    auto checkins = CheckinStore(db).between(kFirstDay, kLastDay);
    if (!checkins.ok())
        return checkins.error();
    data.checkins = checkins.take();
    JournalStore journal(db);
    auto entries = journal.list();
    if (!entries.ok())
        return entries.error();
    data.entries = entries.take();
    auto draft = journal.draft();
    if (!draft.ok())
        return draft.error();
    data.draft = draft.take();
    auto ratings = RatingStore(db).between(kFirstDay, kLastDay);
    if (!ratings.ok())
        return ratings.error();
    data.ratings = ratings.take();
    auto skills = SkillsStore(db).all();
    if (!skills.ok())
        return skills.error();
    data.skills = skills.take();
    Statement st(db.handle(), "SELECT key, value FROM settings ORDER BY key");
    while (st.next())
        data.settings.insert(st.text(0), st.text(1));
    if (!st.error().ok())
        return st.error();
    return data;
}

Result<bool> isEmpty(Database &db)
{
    Statement st(db.handle(),
                 "SELECT (SELECT count(*) FROM checkins) + (SELECT count(*) FROM journal_entries) "
                 "+ (SELECT count(*) FROM journal_draft) + (SELECT count(*) FROM weekly_ratings) "
                 "+ (SELECT count(*) FROM skills_assessments)");
    if (!st.next())
        return st.error().ok() ? Error(ErrorCode::StorageFailed, QStringLiteral("count")) : st.error();
    return st.integer(0) == 0;
}

Result<BackupCounts> restore(Database &db, const BackupData &data)
{
    if (data.schema > Migrations::latestVersion())
        return Error(ErrorCode::BackupTooNew);
    Error e = db.transaction([&]() -> Error {
        // Checked inside the write transaction, so nothing can slip in between.
        auto empty = isEmpty(db);
        if (!empty.ok())
            return empty.error();
        if (!empty.value())
            return Error(ErrorCode::RestoreTargetNotEmpty);
        for (const Checkin &c : data.checkins)
            if (Error w = insertCheckin(db, c); !w.ok())
                return w;
        for (const JournalEntry &entry : data.entries)
            if (Error w = insertEntry(db, entry); !w.ok())
                return w;
        for (const WeeklyRating &r : data.ratings)
            if (Error w = insertRating(db, r); !w.ok())
                return w;
        for (const SkillsAssessment &a : data.skills)
            if (Error w = insertSkills(db, a); !w.ok())
                return w;
        if (data.draft)
            if (Error w = insertDraft(db, *data.draft); !w.ok())
                return w;
        return writeSettings(db, data.settings);
    });
    if (!e.ok())
        return e;
    return countsOf(data);
}

Result<BackupCounts> writeFile(Database &db, const QString &path, const QString &passphrase,
                               const KdfParams &kdf)
{
    if (passphrase.size() < kMinPassphraseLength)
        return Error(ErrorCode::PassphraseTooShort);
    auto data = collect(db);
    if (!data.ok())
        return data.error();
    return writeFile(data.value(), path, passphrase, kdf);
}

Result<BackupCounts> writeFile(const BackupData &data, const QString &path, const QString &passphrase,
                               const KdfParams &kdf, const PassphraseKdf &via)
{
    if (passphrase.size() < kMinPassphraseLength)
        return Error(ErrorCode::PassphraseTooShort);
    QByteArray plain = BackupPayload::serialize(data);
    // A backup that could not be restored is worthless: check it now, not on the day
    // it is needed.
    auto check = BackupPayload::parse(plain);
    if (!check.ok()) {
        BackupFile::wipe(plain);
        return check.error();
    }
    auto sealed = BackupFile::encrypt(plain, SecureBuffer::fromUtf8(passphrase), kdf, via);
    BackupFile::wipe(plain);
    if (!sealed.ok())
        return sealed.error();

    // An interrupted backup, or one on a full disk, never leaves half a file (or an
    // empty one) where a good backup was.
    if (Error e = AtomicFile::write(path, sealed.value(), ErrorCode::BackupWriteFailed))
        return e;
    return countsOf(data);
}

Result<BackupData> readFile(const QString &path, const QString &passphrase, const PassphraseKdf &via)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Error(ErrorCode::BackupInvalid, in.errorString());
    if (in.size() > BackupFile::kMaxFileBytes)
        return Error(ErrorCode::BackupInvalid, QStringLiteral("too large"));
    const QByteArray file = in.readAll();
    auto plain = BackupFile::decrypt(file, SecureBuffer::fromUtf8(passphrase), via);
    if (!plain.ok())
        return plain.error();
    auto data = BackupPayload::parse(plain.value());
    BackupFile::wipe(plain.value());
    return data;
}

} // namespace saib::Backup
