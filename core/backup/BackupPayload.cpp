#include "BackupPayload.h"
#include "../io/IsoTime.h"
#include "../io/JsonReader.h"
#include "../journal/JournalJson.h"
#include "../model/CheckinJson.h"
#include "../store/Migrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace saib::BackupPayload {

namespace {
const QString kFormat = QStringLiteral("saib-backup");

QJsonObject ratingToJson(const WeeklyRating &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("week"), r.week.toString(Qt::ISODate)},
                  {QStringLiteral("createdAt"), isoTime(r.createdAt)},
                  {QStringLiteral("updatedAt"), isoTime(r.updatedAt)}};
    for (int d = 0; d < kDomainCount; ++d)
        o.insert(QLatin1String(domainId(Domain(d))), r.scores[std::size_t(d)]);
    return o;
}

QJsonObject skillsToJson(const SkillsAssessment &a)
{
    QJsonObject ratings;
    for (auto it = a.ratings.cbegin(); it != a.ratings.cend(); ++it)
        ratings.insert(it.key(), QJsonObject{{QStringLiteral("importance"), it.value().importance},
                                             {QStringLiteral("confidence"), it.value().confidence}});
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("takenOn"), a.takenOn.toString(Qt::ISODate)},
                       {QStringLiteral("createdAt"), isoTime(a.createdAt)},
                       {QStringLiteral("ratings"), ratings}};
}

QJsonObject draftToJson(const JournalDraft &d)
{
    return QJsonObject{{QStringLiteral("entryId"), d.entryId},
                       {QStringLiteral("title"), d.title},
                       {QStringLiteral("body"), d.body},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(d.tags)},
                       {QStringLiteral("promptId"), d.promptId},
                       {QStringLiteral("savedAt"), isoTime(d.savedAt)}};
}

Error corrupt(const QString &what) { return Error(ErrorCode::BackupCorrupt, what); }

// A backup's objects tolerate members this version does not know (a backup written by a
// newer Saib of the same format version still restores), as they always have.
JsonReader reader(const QJsonObject &o)
{
    return JsonReader(o, ErrorCode::BackupCorrupt, JsonReader::Unknown::Allow);
}
// Whole numbers in [-1e6, 1e6] only: keeps the conversion to int defined; validate()
// applies the real bounds.
int whole(JsonReader &r, const QString &key) { return int(r.integer(key, -1000000, 1000000)); }

Result<WeeklyRating> ratingFromJson(const QJsonObject &o)
{
    JsonReader f = reader(o);
    WeeklyRating r;
    r.id = f.text(QStringLiteral("id"));
    r.week = QDate::fromString(f.text(QStringLiteral("week")), Qt::ISODate);
    r.createdAt = timeFromIso(f.text(QStringLiteral("createdAt")));
    r.updatedAt = timeFromIso(f.text(QStringLiteral("updatedAt")));
    for (int d = 0; d < kDomainCount; ++d)
        r.scores[std::size_t(d)] = whole(f, QLatin1String(domainId(Domain(d))));
    if (f.failed() || r.id.isEmpty() || !r.createdAt.isValid() || !r.updatedAt.isValid()
        || !validate(r).ok())
        return corrupt(QStringLiteral("rating %1 %2").arg(r.id, f.badField()));
    return r;
}

Result<SkillsAssessment> skillsFromJson(const QJsonObject &o)
{
    JsonReader f = reader(o);
    SkillsAssessment a;
    a.id = f.text(QStringLiteral("id"));
    a.takenOn = QDate::fromString(f.text(QStringLiteral("takenOn")), Qt::ISODate);
    a.createdAt = timeFromIso(f.text(QStringLiteral("createdAt")));
    const QJsonObject ratings = f.object(QStringLiteral("ratings"));
    for (auto it = ratings.constBegin(); it != ratings.constEnd(); ++it) {
        JsonReader rf = reader(it.value().toObject());
        const int importance = whole(rf, QStringLiteral("importance"));
        const int confidence = whole(rf, QStringLiteral("confidence"));
        a.ratings.insert(it.key(), SkillRating{importance, confidence});
        if (!it.value().isObject() || rf.failed())
            f.fail(QStringLiteral("ratings"), "not a rating");
    }
    if (f.failed() || a.id.isEmpty() || !a.createdAt.isValid() || !validate(a).ok())
        return corrupt(QStringLiteral("skills %1 %2").arg(a.id, f.badField()));
    return a;
}

Result<JournalDraft> draftFromJson(const QJsonObject &o)
{
    JsonReader f = reader(o);
    JournalDraft d;
    d.entryId = f.text(QStringLiteral("entryId"));
    d.title = f.text(QStringLiteral("title"));
    d.body = f.text(QStringLiteral("body"));
    d.tags = f.strings(QStringLiteral("tags"));
    d.promptId = f.text(QStringLiteral("promptId"));
    d.savedAt = timeFromIso(f.text(QStringLiteral("savedAt")));
    bool tagsOk = true;
    // The draft keeps its tags newline-joined, so a tag may hold no newline.
    for (const QString &t : d.tags)
        tagsOk = tagsOk && !t.isEmpty() && !t.contains(QLatin1Char('\n'));
    if (f.failed() || !d.savedAt.isValid() || !tagsOk || d.title.size() > kMaxBodyLength
        || d.body.size() > 2 * kMaxBodyLength)
        return corrupt(QStringLiteral("draft %1").arg(f.badField()));
    return d;
}
} // namespace

QByteArray serialize(const BackupData &data)
{
    QJsonArray checkins, entries, ratings, skills;
    for (const Checkin &c : data.checkins)
        checkins.append(toJson(c));
    for (const JournalEntry &e : data.entries)
        entries.append(toJson(e));
    for (const WeeklyRating &r : data.ratings)
        ratings.append(ratingToJson(r));
    for (const SkillsAssessment &a : data.skills)
        skills.append(skillsToJson(a));
    QJsonObject settings;
    for (auto it = data.settings.cbegin(); it != data.settings.cend(); ++it)
        settings.insert(it.key(), it.value());
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("schema"), data.schema},
        {QStringLiteral("createdAt"), isoTime(data.createdAt)},
        {QStringLiteral("checkins"), checkins},
        {QStringLiteral("journal"), entries},
        {QStringLiteral("draft"), data.draft ? QJsonValue(draftToJson(*data.draft)) : QJsonValue()},
        {QStringLiteral("ratings"), ratings},
        {QStringLiteral("skills"), skills},
        {QStringLiteral("settings"), settings},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<BackupData> parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return corrupt(QStringLiteral("not JSON: %1").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    JsonReader f = reader(root);
    if (f.text(QStringLiteral("format")) != kFormat)
        return corrupt(QStringLiteral("format"));
    const int version = whole(f, QStringLiteral("version"));
    const int schema = whole(f, QStringLiteral("schema"));
    if (!f.failed() && (version > kVersion || schema > Migrations::latestVersion()))
        return Error(ErrorCode::BackupTooNew, QStringLiteral("version %1 schema %2").arg(version).arg(schema));
    BackupData data;
    data.schema = schema;
    data.createdAt = timeFromIso(f.text(QStringLiteral("createdAt")));
    const QJsonArray checkins = f.array(QStringLiteral("checkins"));
    const QJsonArray entries = f.array(QStringLiteral("journal"));
    const QJsonArray ratings = f.array(QStringLiteral("ratings"));
    const QJsonArray skills = f.array(QStringLiteral("skills"));
    const QJsonObject settings = f.object(QStringLiteral("settings"));
    const QJsonValue draft = root.value(QStringLiteral("draft"));
    if (f.failed() || version != kVersion || schema < 1 || !data.createdAt.isValid()
        || !(draft.isNull() || draft.isObject()))
        return corrupt(QStringLiteral("header field %1").arg(f.badField()));

    // Unique keys, checked here so that a restore never meets a constraint half-way.
    QSet<QString> seen;
    auto unique = [&seen](const QString &key) {
        if (seen.contains(key))
            return false;
        seen.insert(key);
        return true;
    };
    for (const QJsonValue &v : checkins) {
        auto c = checkinFromJson(v.toObject());
        if (!v.isObject() || !c.ok())
            return corrupt(QStringLiteral("check-in %1").arg(data.checkins.size()));
        if (!unique(QLatin1String("c:") + c.value().id) || !unique(QLatin1String("d:") + c.value().day.toString(Qt::ISODate)))
            return corrupt(QStringLiteral("duplicate check-in"));
        data.checkins << c.take();
    }
    for (const QJsonValue &v : entries) {
        auto e = journalEntryFromJson(v.toObject());
        if (!v.isObject() || !e.ok() || !e.value().updatedAt.isValid()
            || normaliseTags(e.value().tags) != e.value().tags || e.value().title != e.value().title.trimmed())
            return corrupt(QStringLiteral("journal entry %1").arg(data.entries.size()));
        if (!unique(QLatin1String("e:") + e.value().id))
            return corrupt(QStringLiteral("duplicate journal entry"));
        data.entries << e.take();
    }
    // Check-ins and entries share the search index, whose ref_id is unique.
    for (const Checkin &c : data.checkins)
        if (seen.contains(QLatin1String("e:") + c.id))
            return corrupt(QStringLiteral("check-in and entry share an id"));
    for (const QJsonValue &v : ratings) {
        auto r = ratingFromJson(v.toObject());
        if (!v.isObject() || !r.ok())
            return corrupt(QStringLiteral("rating %1").arg(data.ratings.size()));
        if (!unique(QLatin1String("r:") + r.value().id) || !unique(QLatin1String("w:") + r.value().week.toString(Qt::ISODate)))
            return corrupt(QStringLiteral("duplicate rating"));
        data.ratings << r.take();
    }
    for (const QJsonValue &v : skills) {
        auto a = skillsFromJson(v.toObject());
        if (!v.isObject() || !a.ok())
            return corrupt(QStringLiteral("skills %1").arg(data.skills.size()));
        if (!unique(QLatin1String("s:") + a.value().id))
            return corrupt(QStringLiteral("duplicate skills assessment"));
        data.skills << a.take();
    }
    if (draft.isObject()) {
        auto d = draftFromJson(draft.toObject());
        if (!d.ok())
            return d.error();
        data.draft = d.take();
    }
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        if (it.key().isEmpty() || !it.value().isString())
            return corrupt(QStringLiteral("setting"));
        data.settings.insert(it.key(), it.value().toString());
    }
    return data;
}

} // namespace saib::BackupPayload
