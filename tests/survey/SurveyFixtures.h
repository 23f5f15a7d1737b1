#pragma once
// Shared test data: a realistic bilingual survey definition and small byte helpers.
#include <core/crypto/SecureBuffer.h>
#include <core/survey/SurveyDefinition.h>
#include <core/survey/SurveyJson.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

namespace saib::survey::test {

inline QByteArray hex(const char *text) { return QByteArray::fromHex(QByteArray(text)); }

inline SecureBuffer secretHex(const char *text)
{
    const QByteArray bytes = hex(text);
    return SecureBuffer::fromBytes(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

inline QJsonObject option(const char *id, const char *en, const char *cy)
{
    return QJsonObject{{"id", id}, {"en", en}, {"cy", cy}};
}

inline QJsonObject text(const char *en, const char *cy) { return QJsonObject{{"en", en}, {"cy", cy}}; }

// The definition as a JSON object, so tests can alter one member at a time.
inline QJsonObject definitionObject(const QByteArray &tokenKey)
{
    QJsonArray questions{
        QJsonObject{{"id", "demand"}, {"kind", "scale"}, {"min", 0}, {"max", 10},
                    {"text", text("How heavy have demands felt?", "Pa mor drwm mae'r gofynion wedi teimlo?")},
                    {"prefill", "mean_demand"}},
        QJsonObject{{"id", "emotional"}, {"kind", "scale"}, {"min", 0}, {"max", 10},
                    {"text", text("Emotional load", "Llwyth emosiynol")}, {"prefill", "mean_emotional"}},
        QJsonObject{{"id", "hours"}, {"kind", "number"}, {"min", 0}, {"max", 24}, {"decimals", 1},
                    {"text", text("Hours worked on a typical day", "Oriau gwaith ar ddiwrnod arferol")},
                    {"prefill", "mean_hours"}},
        QJsonObject{{"id", "strategic"}, {"kind", "number"}, {"min", 0}, {"max", 100}, {"decimals", 0},
                    {"text", text("Share of time on strategy (%)", "Cyfran o'r amser ar strategaeth (%)")},
                    {"prefill", "mean_strategic"}},
        QJsonObject{{"id", "cared_for"}, {"kind", "scale"}, {"min", 1}, {"max", 5},
                    {"text", text("I feel cared for", "Rwy'n teimlo bod rhywun yn gofalu amdana i")},
                    {"prefill", "domain_mean:cared_for"}},
        QJsonObject{{"id", "drains"}, {"kind", "choice"}, {"max_choices", 2},
                    {"text", text("What drains you most?", "Beth sy'n dy ddraenio fwyaf?")},
                    {"prefill", "top_demand_tags"},
                    {"options", QJsonArray{option("workload", "Workload", "Llwyth gwaith"),
                                           option("scrutiny", "Scrutiny", "Craffu"),
                                           option("budget", "Budget", "Cyllideb")}}},
        QJsonObject{{"id", "comment"}, {"kind", "text-short"}, {"max_length", 100},
                    {"text", text("Anything else?", "Unrhyw beth arall?")}},
    };
    QJsonObject demographics{
        {"role", QJsonArray{option("head", "Headteacher", "Pennaeth"), option("deputy", "Deputy", "Dirprwy")}},
        {"phase", QJsonArray{option("primary", "Primary", "Cynradd"), option("secondary", "Secondary", "Uwchradd")}},
        {"years_in_role", QJsonArray{option("0-2", "0-2 years", "0-2 blynedd"), option("3-10", "3-10 years", "3-10 mlynedd"),
                                     option("11-plus", "11+ years", "11+ mlynedd")}},
        {"region", QJsonArray{option("north", "North Wales", "Gogledd Cymru"), option("south-east", "South East Wales", "De-ddwyrain Cymru")}},
    };
    return QJsonObject{{"id", "2025-spring"},
                       {"title", text("Leaders' well-being, spring 2025", "Llesiant arweinwyr, gwanwyn 2025")},
                       {"window", QJsonObject{{"opens", "2025-03-01"}, {"closes", "2025-03-31"}}},
                       {"token_key", toBase64(tokenKey)},
                       {"questions", questions},
                       {"demographics", demographics}};
}

inline QByteArray toBytes(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Indented); }

inline SurveyDefinition sampleDefinition(const QByteArray &tokenKey)
{
    auto def = SurveyDefinition::fromJson(toBytes(definitionObject(tokenKey)));
    REQUIRE(def.ok());
    return def.value();
}

} // namespace saib::survey::test
