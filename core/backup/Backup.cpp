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
#include "../store/SettingsStore.h"

#include <QFile>

namespace saib::Backup {

namespace {
const QDate kFirstDay(1, 1, 1);
const QDate kLastDay(9999, 12, 31);

// A record save() would refuse makes the whole backup refused: it was not written by
// Saib as it is (or was altered), and restoring it would put rows in the vault that the
// app could never have written.
Error refused(const QString &what, const QString &id, const Error &why)
{
    return Error(ErrorCode::BackupCorrupt, QStringLiteral("%1 %2 breaks a rule (error %3%4)")
                                               .arg(what, id)
                                               .arg(int(why.code))
                                               .arg(why.detail.isEmpty() ? QString() : QStringLiteral(": ") + why.detail));
}

// Local dates differ by up to two days between time zones (UTC+14 against UTC-12), so a
// backup made "today" elsewhere may hold tomorrow's or the day after's check-in here.
QDate latestAcceptedDay() { return saib::Clock::today().addDays(2); }

// put() replaces a record with the same key, so a key given twice would silently lose one.
Error duplicated(const QString &what, QStringList keys)
{
    keys.sort();
    for (int i = 1; i < keys.size(); ++i)
        if (keys[i] == keys[i - 1])
            return Error(ErrorCode::BackupCorrupt, QStringLiteral("%1 %2 appears twice").arg(what, keys[i]));
    return {};
}

Error uniqueKeys(const BackupData &data)
{
    QStringList days, ids, weeks, skills;
    for (const Checkin &c : data.checkins)
        days << isoDay(c.day);
    for (const JournalEntry &e : data.entries)
        ids << e.id;
    for (const WeeklyRating &r : data.ratings)
        weeks << isoDay(r.week);
    for (const SkillsAssessment &a : data.skills)
        skills << a.id;
    if (Error e = duplicated(QStringLiteral("check-in"), days); !e.ok())
        return e;
    if (Error e = duplicated(QStringLiteral("entry"), ids); !e.ok())
        return e;
    if (Error e = duplicated(QStringLiteral("rating"), weeks); !e.ok())
        return e;
    return duplicated(QStringLiteral("skills assessment"), skills);
}

Error validateAll(const BackupData &data)
{
    if (Error e = uniqueKeys(data); !e.ok())
        return e;
    const QDate latest = latestAcceptedDay();
    for (const Checkin &c : data.checkins)
        if (Error e = validate(c, latest); !e.ok())
            return refused(QStringLiteral("check-in"), isoDay(c.day), e);
    for (const JournalEntry &entry : data.entries)
        if (Error e = validate(entry); !e.ok())
            return refused(QStringLiteral("entry"), entry.id, e);
    for (const WeeklyRating &r : data.ratings)
        if (Error e = validate(r); !e.ok())
            return refused(QStringLiteral("rating"), isoDay(r.week), e);
    for (const SkillsAssessment &a : data.skills)
        if (Error e = validate(a); !e.ok())
            return refused(QStringLiteral("skills assessment"), a.id, e);
    return {};
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
    auto settings = SettingsStore(db).all();
    if (!settings.ok())
        return settings.error();
    data.settings = settings.take();
    return data;
}

Result<bool> isEmpty(Database &db)
{
    JournalStore journal(db);
    auto draft = journal.draft();
    if (!draft.ok())
        return draft.error();
    if (draft.value())
        return false;
    for (auto count : {CheckinStore(db).count(), journal.count(), RatingStore(db).count(), SkillsStore(db).count()}) {
        if (!count.ok())
            return count.error();
        if (count.value() > 0)
            return false;
    }
    return true;
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
        // Every record is checked as save() checks it before anything is written.
        if (Error v = validateAll(data); !v.ok())
            return v;
        CheckinStore checkins(db);
        for (const Checkin &c : data.checkins)
            if (Error w = checkins.put(c); !w.ok())
                return w;
        JournalStore journal(db);
        for (const JournalEntry &entry : data.entries)
            if (Error w = journal.put(entry); !w.ok())
                return w;
        RatingStore ratings(db);
        for (const WeeklyRating &r : data.ratings)
            if (Error w = ratings.put(r); !w.ok())
                return w;
        SkillsStore skills(db);
        for (const SkillsAssessment &a : data.skills)
            if (Error w = skills.put(a); !w.ok())
                return w;
        if (data.draft)
            if (Error w = journal.putDraft(*data.draft); !w.ok())
                return w;
        return SettingsStore(db).replaceAll(data.settings);
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
