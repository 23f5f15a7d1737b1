#pragma once
// Where to turn for support, by region (assets/support/support.json, built in). Shown
// only on the device, never sent anywhere. Regions inherit the UK-wide services.
#include "../Error.h"

#include <QString>
#include <QVector>

namespace saib {

struct SupportService {
    QString id;
    QString nameEn, nameCy;
    QString descriptionEn, descriptionCy;
    QString phone;   // as dialled, may be empty
    QString textEn, textCy;   // SMS instructions, may be empty (then empty in both languages)
    QString url;     // may be empty
    QString name(const QString &lang) const { return lang == QLatin1String("cy") ? nameCy : nameEn; }
    QString text(const QString &lang) const { return lang == QLatin1String("cy") ? textCy : textEn; }
    QString description(const QString &lang) const
    {
        return lang == QLatin1String("cy") ? descriptionCy : descriptionEn;
    }
};

struct SupportRegion {
    QString id;
    QString nameEn, nameCy;
    QString inherits;
    QVector<SupportService> services;
};

class SupportDirectory {
public:
    static const SupportDirectory &builtIn();
    static Result<SupportDirectory> fromJson(const QByteArray &json);

    const QVector<SupportRegion> &regions() const { return m_regions; }
    // The region's own services first, then those it inherits.
    QVector<SupportService> servicesFor(const QString &regionId) const;
    QString defaultRegion() const { return m_default; }

private:
    QVector<SupportRegion> m_regions;
    QString m_default;
};

} // namespace saib
