#pragma once
// The weekly self-rating of the six wellbeing domains (Neal 2021, DESIGN.md §2), 1-5.
#include "../Error.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <array>

namespace saib {

enum class Domain { Purpose, Belonging, Valued, CaredFor, Fairness, Control };
constexpr int kDomainCount = 6;

struct WeeklyRating {
    QString id;
    QDate week;                              // the Monday of the rated week
    std::array<int, kDomainCount> scores{};  // indexed by Domain, each 1-5
    QDateTime createdAt;
    QDateTime updatedAt;

    int score(Domain d) const { return scores[std::size_t(d)]; }
};

// Monday of the ISO week containing `day`.
QDate weekStart(const QDate &day);
const char *domainId(Domain d);         // "purpose", "cared_for", ...
QString domainLabel(Domain d);          // translated, context "Domains"
Error validate(const WeeklyRating &rating);

} // namespace saib
