#include "SupportDirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace saib {

Result<SupportDirectory> SupportDirectory::fromJson(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    SupportDirectory dir;
    dir.m_default = root.value(QStringLiteral("default")).toString();
    for (const QJsonValue &rv : root.value(QStringLiteral("regions")).toArray()) {
        const QJsonObject r = rv.toObject();
        SupportRegion region{r.value(QStringLiteral("id")).toString(), r.value(QStringLiteral("en")).toString(),
                             r.value(QStringLiteral("cy")).toString(), r.value(QStringLiteral("inherits")).toString(), {}};
        for (const QJsonValue &sv : r.value(QStringLiteral("services")).toArray()) {
            const QJsonObject s = sv.toObject();
            SupportService svc{s.value(QStringLiteral("id")).toString(),
                               s.value(QStringLiteral("name_en")).toString(), s.value(QStringLiteral("name_cy")).toString(),
                               s.value(QStringLiteral("description_en")).toString(),
                               s.value(QStringLiteral("description_cy")).toString(),
                               s.value(QStringLiteral("phone")).toString(),
                               s.value(QStringLiteral("text_en")).toString(), s.value(QStringLiteral("text_cy")).toString(),
                               s.value(QStringLiteral("url")).toString()};
            if (svc.id.isEmpty() || svc.nameEn.isEmpty() || svc.nameCy.isEmpty() || svc.descriptionEn.isEmpty()
                || svc.descriptionCy.isEmpty() || svc.textEn.isEmpty() != svc.textCy.isEmpty())
                return Error(ErrorCode::ImportInvalid, QStringLiteral("bad service in %1").arg(region.id));
            region.services << svc;
        }
        if (region.id.isEmpty() || region.nameEn.isEmpty() || region.nameCy.isEmpty())
            return Error(ErrorCode::ImportInvalid, QStringLiteral("bad region"));
        dir.m_regions << region;
    }
    bool hasDefault = false;
    for (const SupportRegion &r : dir.m_regions)
        hasDefault = hasDefault || r.id == dir.m_default;
    if (!hasDefault)
        return Error(ErrorCode::ImportInvalid, QStringLiteral("no default region"));
    return dir;
}

const SupportDirectory &SupportDirectory::builtIn()
{
    static const SupportDirectory dir = [] {
        QFile f(QStringLiteral(":/assets/support/support.json"));
        f.open(QIODevice::ReadOnly);
        auto parsed = fromJson(f.readAll());
        Q_ASSERT_X(parsed.ok(), "SupportDirectory", "built-in support list is invalid");
        return parsed.ok() ? parsed.take() : SupportDirectory();
    }();
    return dir;
}

QVector<SupportService> SupportDirectory::servicesFor(const QString &regionId) const
{
    QVector<SupportService> out;
    QString next = regionId;
    for (int depth = 0; depth < 4 && !next.isEmpty(); ++depth) {
        const SupportRegion *region = nullptr;
        for (const SupportRegion &r : m_regions)
            if (r.id == next)
                region = &r;
        if (!region)
            break;
        out << region->services;
        next = region->inherits;
    }
    if (out.isEmpty() && regionId != m_default)
        return servicesFor(m_default);
    return out;
}

} // namespace saib
