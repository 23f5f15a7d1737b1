#pragma once
// The leadership skills self-assessment (termly). The skill list is seed 002's (NCSL
// 2010) tables of school-leader and system-leader skills; each is rated 1-10 for
// importance and for confidence, and the gap between them is what the leader watches.
#include "../Error.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QVector>

namespace saib {

enum class SkillGroup { School, System };

struct SkillInfo {
    const char *id;
    SkillGroup group;
    const char *label; // English source; translate with skillLabel()
};

const QVector<SkillInfo> &skillCatalogue();
const SkillInfo *findSkill(const QString &id);
QString skillLabel(const QString &id);
QString skillGroupLabel(SkillGroup group);

struct SkillRating {
    int importance = 0; // 1-10
    int confidence = 0; // 1-10
    int gap() const { return importance - confidence; }
};

struct SkillsAssessment {
    QString id;
    QDate takenOn;
    QMap<QString, SkillRating> ratings; // skill id -> rating; a subset is fine
    QDateTime createdAt;
};

Error validate(const SkillsAssessment &assessment);

} // namespace saib
