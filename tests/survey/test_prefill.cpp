// Prefilled answers from the leader's own summary figures.
#include "SurveyFixtures.h"

#include <core/survey/Prefill.h>
#include <core/survey/SurveyPayload.h>
#include <core/survey/Voprf.h>

using namespace saib;
using namespace saib::survey;
using namespace saib::survey::test;

namespace {

SummaryStats sampleStats()
{
    SummaryStats s;
    s.meanDemand = 7.46;
    s.meanEmotional = 6.5;
    s.meanHours = 10.26;
    s.meanStrategic = 12.4;
    s.domainMeans = {{"cared_for", 1.6}, {"purpose", 4.4}};
    s.topDemandTags = {"paperwork", "budget", "workload", "scrutiny"};
    return s;
}

} // namespace

TEST_CASE("Prefill maps each hint to its figure, rounded to the question", "[prefill]")
{
    const SurveyDefinition def = sampleDefinition(voprf::generateKeyPair().publicKey);
    const QVariantMap answers = prefillAnswers(def, sampleStats());
    CHECK(answers.value("demand") == QVariant(7));     // 7.46 -> 7
    CHECK(answers.value("emotional") == QVariant(7));  // 6.5 -> 7 (halves up)
    CHECK(answers.value("hours").toDouble() == Approx(10.3));
    CHECK(answers.value("strategic").toDouble() == Approx(12.0)); // 0 decimals
    CHECK(answers.value("cared_for") == QVariant(2));  // 1.6 -> 2
    // Top tags that are options, most frequent first, at most max_choices (2).
    CHECK(answers.value("drains").toStringList() == QStringList{"budget", "workload"});
    CHECK_FALSE(answers.contains("comment"));
    CHECK(answers.size() == 6);

    // The prefilled answers are valid as they stand.
    const SurveyToken token{QByteArray(kTokenInputBytes, '\1'), QByteArray(kTokenOutputBytes, '\2')};
    CHECK(buildPayload(def, answers, {}, token).ok());
}

TEST_CASE("Prefill clamps to the question's scale", "[prefill]")
{
    const SurveyDefinition def = sampleDefinition(voprf::generateKeyPair().publicKey);
    SummaryStats s;
    s.meanDemand = 12.0;   // beyond 0-10
    s.meanEmotional = -1;  // below
    s.meanHours = 30.04;   // beyond 24
    s.domainMeans = {{"cared_for", 0.2}}; // below the 1-5 scale
    const QVariantMap answers = prefillAnswers(def, s);
    CHECK(answers.value("demand") == QVariant(10));
    CHECK(answers.value("emotional") == QVariant(0));
    CHECK(answers.value("hours").toDouble() == Approx(24.0));
    CHECK(answers.value("cared_for") == QVariant(1));
}

TEST_CASE("No figures, no prefill", "[prefill]")
{
    const SurveyDefinition def = sampleDefinition(voprf::generateKeyPair().publicKey);
    CHECK(prefillAnswers(def, SummaryStats{}).isEmpty());

    SummaryStats s;
    s.domainMeans = {{"purpose", 4.0}};       // a domain no question asks about
    s.topDemandTags = {"paperwork", "staffing"}; // none of the choice's options
    CHECK(prefillAnswers(def, s).isEmpty());
}

TEST_CASE("Known prefill hints", "[prefill]")
{
    for (const char *hint : {"mean_demand", "mean_emotional", "mean_hours", "mean_strategic", "top_demand_tags",
                             "domain_mean:cared_for", "domain_mean:belonging"})
        CHECK(isKnownPrefillHint(hint));
    for (const char *hint : {"", "mean", "domain_mean:", "domain_mean:Cared For", "median_demand"})
        CHECK_FALSE(isKnownPrefillHint(hint));
}
