#pragma once
// Storage for the weekly domain ratings and the skills self-assessments.
#include "../Error.h"
#include "../model/Skills.h"
#include "../model/WeeklyRating.h"
#include "PutOptions.h"

#include <QStringList>

#include <QVector>
#include <optional>

namespace saib {

class Database;

class RatingStore {
public:
    explicit RatingStore(Database &db) : m_db(db) {}
    // One rating per week: saving a week again replaces its scores.
    Result<WeeklyRating> save(WeeklyRating rating);
    // Writes `rating` exactly as given (id, times), replacing the week's rating. No
    // validation (callers validate), no transaction of its own. Nothing is indexed.
    Error put(const WeeklyRating &rating, PutOptions options = {});
    Result<std::optional<WeeklyRating>> forWeek(const QDate &monday);
    // forWeek() for many weeks in one query: the ratings found, in no order.
    Result<QVector<WeeklyRating>> forWeeks(const QList<QDate> &mondays);
    // Ratings for weeks starting in [from, to], oldest first.
    Result<QVector<WeeklyRating>> between(const QDate &from, const QDate &to);
    // Deletes the week's rating; no error when there is none.
    Error remove(const QDate &monday);
    // Every rated week's Monday, yyyy-MM-dd (the sync key of each).
    Result<QStringList> weeks();
    Result<int> count();

private:
    Database &m_db;
};

class SkillsStore {
public:
    explicit SkillsStore(Database &db) : m_db(db) {}
    Result<SkillsAssessment> save(SkillsAssessment assessment);
    // Writes `assessment` exactly as given (id, time), replacing the one with that id and
    // its ratings. No validation (callers validate), no transaction of its own.
    Error put(const SkillsAssessment &assessment, PutOptions options = {});
    // Every assessment, oldest first.
    Result<QVector<SkillsAssessment>> all();
    Result<std::optional<SkillsAssessment>> get(const QString &id);
    // Deletes the assessment; no error when there is none.
    Error remove(const QString &id);
    // Every assessment's id (the sync key of each).
    Result<QStringList> ids();
    Result<int> count();

private:
    Error loadRatings(SkillsAssessment &assessment);
    Database &m_db;
};

} // namespace saib
