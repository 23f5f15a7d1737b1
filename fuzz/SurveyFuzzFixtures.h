#pragma once
// A fixed, realistic survey (the same shape as tests/survey/SurveyFixtures.h) and the
// survey body's fixed keys, shared by the survey fuzz targets and their seeds.
#include <core/survey/SignedDefinition.h>
#include <core/survey/SurveyDefinition.h>
#include <core/survey/SurveyJson.h>
#include <core/survey/Voprf.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace saib::fuzz {

inline const survey::voprf::KeyPair &tokenKey()
{
    static const survey::voprf::KeyPair key =
        survey::voprf::deriveKeyPair(SecureBuffer::fromBytes("survey-voprf-seed-for-fuzzing-32", 32), "fuzz").take();
    return key;
}

inline const survey::SigningKeyPair &bodyKey()
{
    static const survey::SigningKeyPair key =
        survey::SigningKeyPair::fromSeed(SecureBuffer::fromBytes("survey-body-signing-seed-fuzz-32", 32)).take();
    return key;
}

inline QJsonObject option(const char *id, const char *en, const char *cy)
{
    return QJsonObject{{"id", id}, {"en", en}, {"cy", cy}};
}
inline QJsonObject text(const char *en, const char *cy) { return QJsonObject{{"en", en}, {"cy", cy}}; }

inline QByteArray definitionJson()
{
    const QJsonArray questions{
        QJsonObject{{"id", "demand"}, {"kind", "scale"}, {"min", 0}, {"max", 10},
                    {"text", text("How heavy have demands felt?", "Pa mor drwm mae'r gofynion wedi teimlo?")},
                    {"prefill", "mean_demand"}},
        QJsonObject{{"id", "hours"}, {"kind", "number"}, {"min", 0}, {"max", 24}, {"decimals", 1},
                    {"text", text("Hours worked on a typical day", "Oriau gwaith ar ddiwrnod arferol")},
                    {"prefill", "mean_hours"}},
        QJsonObject{{"id", "drains"}, {"kind", "choice"}, {"max_choices", 2},
                    {"text", text("What drains you most?", "Beth sy'n dy ddraenio fwyaf?")},
                    {"prefill", "top_demand_tags"},
                    {"options", QJsonArray{option("workload", "Workload", "Llwyth gwaith"),
                                           option("scrutiny", "Scrutiny", "Craffu"),
                                           option("budget", "Budget", "Cyllideb")}}},
        QJsonObject{{"id", "comment"}, {"kind", "text-short"}, {"max_length", 100},
                    {"text", text("Anything else?", "Unrhyw beth arall?")}},
    };
    const QJsonObject demographics{
        {"role", QJsonArray{option("head", "Headteacher", "Pennaeth"), option("deputy", "Deputy", "Dirprwy")}},
        {"phase", QJsonArray{option("primary", "Primary", "Cynradd"), option("secondary", "Secondary", "Uwchradd")}},
        {"years_in_role", QJsonArray{option("0-2", "0-2 years", "0-2 blynedd"), option("11-plus", "11+ years", "11+ mlynedd")}},
        {"region", QJsonArray{option("north", "North Wales", "Gogledd Cymru")}},
    };
    const QJsonObject root{{"id", "2025-spring"},
                           {"title", text("Leaders' well-being, spring 2025", "Llesiant arweinwyr, gwanwyn 2025")},
                           {"window", QJsonObject{{"opens", "2025-03-01"}, {"closes", "2025-03-31"}}},
                           {"token_key", survey::toBase64(tokenKey().publicKey)},
                           {"questions", questions},
                           {"demographics", demographics}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

inline const survey::SurveyDefinition &definition()
{
    static const survey::SurveyDefinition def = survey::SurveyDefinition::fromJson(definitionJson(), true).take();
    return def;
}

} // namespace saib::fuzz
