#pragma once
// A survey body's questionnaire (DESIGN.md §6), parsed from the JSON that the body signs
// (see SignedDefinition.h for the envelope). Example:
//
// { "id": "2025-spring",
//   "title": {"en": "...", "cy": "..."},
//   "window": {"opens": "2025-03-01", "closes": "2025-03-31"},     // inclusive dates
//   "token_key": "<base64 ristretto255 VOPRF public key>",
//   "questions": [
//     {"id": "demand", "kind": "scale", "min": 0, "max": 10, "text": {...}, "prefill": "mean_demand"},
//     {"id": "hours", "kind": "number", "min": 0, "max": 24, "decimals": 1, "text": {...}},
//     {"id": "drains", "kind": "choice", "max_choices": 3, "text": {...}, "prefill": "top_demand_tags",
//      "options": [{"id": "workload", "en": "...", "cy": "..."}]},
//     {"id": "comment", "kind": "text-short", "max_length": 280, "text": {...}} ],
//   "demographics": {"role": [{"id": "head", "en": "...", "cy": "..."}], "phase": [...],
//                    "years_in_role": [...], "region": [...]},
//   "tables": [[], ["region"], ["phase"]] }    // published tables, declared in advance
//
// `tables` lists the only groupings the relay will publish: [] is the national table,
// ["region"] one cell per region, ["phase", "region"] a cross-tabulation (two bands at
// most). Absent means the national table only. Declaring them in the signed definition
// tells leaders before they answer what will be published, and lets the relay suppress
// across all of them together (Aggregator.h).
//
// Only the four coarse bands are allowed: a definition asking for anything finer (school,
// age, ...) is refused by the app, signed or not.
#include "SurveyJson.h"

#include <core/Error.h>

#include <QDate>
#include <QList>

namespace saib::survey {

enum class QuestionKind { Scale, Choice, Number, TextShort };

struct ChoiceOption {
    QString id;
    LocalText label;
};

struct Question {
    QString id;
    QuestionKind kind = QuestionKind::Scale;
    LocalText text;
    // Scale: whole numbers min..max. Number: min..max rounded to `decimals` places.
    double min = 0;
    double max = 10;
    int decimals = 0;
    // Choice: 1..maxChoices distinct option ids.
    QList<ChoiceOption> options;
    int maxChoices = 1;
    // Text-short: up to maxLength characters.
    int maxLength = 200;
    // Prefill hint (see Prefill.h); empty for none. Unknown hints are kept and ignored, so
    // an older app still shows a survey that uses a newer hint.
    QString prefill;

    bool hasOption(const QString &optionId) const;
};

struct DemographicBand {
    QString key; // one of demographicKeys()
    QList<ChoiceOption> values;

    bool allows(const QString &valueId) const;
};

struct SurveyDefinition {
    QString id;
    LocalText title;
    QDate opens;
    QDate closes;
    QByteArray tokenKey; // the survey's VOPRF public key (pkS)
    QList<Question> questions;
    QList<DemographicBand> demographics;
    QList<QStringList> tables; // band keys per published table, in demographicKeys() order

    const Question *question(const QString &questionId) const;
    const DemographicBand *band(const QString &key) const;
    bool isOpenOn(const QDate &day) const { return day.isValid() && day >= opens && day <= closes; }

    // Parses and validates. `strict` also refuses unknown prefill hints: the signer uses it
    // so a body's typo is caught before publishing.
    static Result<SurveyDefinition> fromJson(const QByteArray &json, bool strict = false);
};

// "role", "phase", "years_in_role", "region": the only demographic bands a survey may ask.
const QStringList &demographicKeys();
// Survey and question ids: 1-64 of [a-z0-9_-], so an id cannot smuggle finer data.
bool isValidId(const QString &id);
// SurveyClosed unless `today` is inside the window.
Error checkOpen(const SurveyDefinition &definition, const QDate &today);

} // namespace saib::survey
