#pragma once
// Storage for the weekly domain ratings and the skills self-assessments.
#include "../Error.h"
#include "../model/Skills.h"
#include "../model/WeeklyRating.h"

#include <QVector>
#include <optional>

namespace saib {

class Database;

class RatingStore {
public:
    explicit RatingStore(Database &db) : m_db(db) {}
    // One rating per week: saving a week again replaces its scores.
    Result<WeeklyRating> save(WeeklyRating rating);
    Result<std::optional<WeeklyRating>> forWeek(const QDate &monday);
    // Ratings for weeks starting in [from, to], oldest first.
    Result<QVector<WeeklyRating>> between(const QDate &from, const QDate &to);

private:
    Database &m_db;
};

class SkillsStore {
public:
    explicit SkillsStore(Database &db) : m_db(db) {}
    Result<SkillsAssessment> save(SkillsAssessment assessment);
    // Every assessment, oldest first.
    Result<QVector<SkillsAssessment>> all();

private:
    Database &m_db;
};

} // namespace saib
