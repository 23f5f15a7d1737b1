#pragma once
// Pre-filled survey answers from the leader's own figures (DESIGN.md §6). Pure: the
// insights service fills SummaryStats for the survey window; the leader can still edit
// every answer before anything is sent.
//
// Hints: "mean_demand", "mean_emotional", "mean_hours", "mean_strategic",
// "domain_mean:<domain>" (e.g. domain_mean:cared_for) for scale/number questions, and
// "top_demand_tags" for choice questions. Scale answers are rounded to the nearest whole
// number (halves away from zero) and clamped to the question's min..max; number answers
// are rounded to the question's decimals and clamped likewise; a choice takes the most
// frequent tags that are among its options, up to max_choices. No figure, no prefill.
#include "SurveyDefinition.h"

#include <QMap>
#include <QVariantMap>
#include <optional>

namespace saib::survey {

struct SummaryStats {
    std::optional<double> meanDemand;    // 0-10
    std::optional<double> meanEmotional; // 0-10
    std::optional<double> meanHours;     // hours per working day
    std::optional<double> meanStrategic; // per cent of the day
    QMap<QString, double> domainMeans;   // weekly 1-5 ratings by domain id
    QStringList topDemandTags;           // most frequent first
};

bool isKnownPrefillHint(const QString &hint);

// Question id -> prefilled answer (int for scale, double for number, QStringList for
// choice), in the form buildPayload() accepts. Questions without a usable hint are absent.
QVariantMap prefillAnswers(const SurveyDefinition &definition, const SummaryStats &stats);

} // namespace saib::survey
