// Signed survey definitions: the app shows only definitions signed by the pinned key.
#include "SurveyFixtures.h"

#include <core/survey/SignedDefinition.h>
#include <core/survey/Voprf.h>

using namespace saib;
using namespace saib::survey;
using namespace saib::survey::test;

namespace {

struct Body {
    SigningKeyPair key = SigningKeyPair::generate();
    voprf::KeyPair tokenKey = voprf::generateKeyPair();
    QByteArray definition = toBytes(definitionObject(tokenKey.publicKey));

    QByteArray signedEnvelope() const
    {
        auto envelope = signDefinition(definition, key);
        REQUIRE(envelope.ok());
        return envelope.value();
    }
};

QJsonObject parse(const QByteArray &bytes) { return QJsonDocument::fromJson(bytes).object(); }

} // namespace

TEST_CASE("A definition signed by the pinned key is accepted as signed", "[definition][signature]")
{
    Body body;
    auto def = verifySignedDefinition(body.signedEnvelope(), body.key.publicKey);
    REQUIRE(def.ok());
    const SurveyDefinition &d = def.value();
    CHECK(d.id == "2025-spring");
    CHECK(d.title.in("cy") == "Llesiant arweinwyr, gwanwyn 2025");
    CHECK(d.title.in("en") == "Leaders' well-being, spring 2025");
    CHECK(d.opens == QDate(2025, 3, 1));
    CHECK(d.closes == QDate(2025, 3, 31));
    CHECK(d.tokenKey == body.tokenKey.publicKey);
    REQUIRE(d.questions.size() == 7);
    CHECK(d.question("demand")->kind == QuestionKind::Scale);
    CHECK(d.question("hours")->kind == QuestionKind::Number);
    CHECK(d.question("drains")->kind == QuestionKind::Choice);
    CHECK(d.question("drains")->options.at(1).label.cy == "Craffu");
    CHECK(d.question("comment")->kind == QuestionKind::TextShort);
    CHECK(d.question("cared_for")->prefill == "domain_mean:cared_for");
    REQUIRE(d.demographics.size() == 4);
    CHECK(d.demographics.at(0).key == "role"); // shown in the fixed band order
    CHECK(d.band("region")->allows("north"));
    CHECK_FALSE(d.band("region")->allows("cardiff"));
    CHECK(d.isOpenOn(QDate(2025, 3, 31)));
    CHECK(checkOpen(d, QDate(2025, 4, 1)).code == ErrorCode::SurveyClosed);
    CHECK(checkOpen(d, QDate(2025, 3, 1)).ok());

    // The same seed gives the same key: a body can keep only the seed offline.
    auto seeded = SigningKeyPair::fromSeed(SecureBuffer::fromBytes(QByteArray(32, 's').constData(), 32));
    auto seededAgain = SigningKeyPair::fromSeed(SecureBuffer::fromBytes(QByteArray(32, 's').constData(), 32));
    REQUIRE(seeded.ok());
    CHECK(seeded.value().publicKey == seededAgain.value().publicKey);
}

TEST_CASE("An altered definition is refused", "[definition][signature]")
{
    Body body;
    QJsonObject envelope = parse(body.signedEnvelope());

    SECTION("one changed character in the signed bytes")
    {
        QByteArray altered = body.definition;
        altered.replace("\"max\": 10", "\"max\": 11");
        REQUIRE(altered != body.definition);
        envelope["definition"] = toBase64(altered);
    }
    SECTION("a question added and re-serialised")
    {
        QJsonObject d = definitionObject(body.tokenKey.publicKey);
        QJsonArray q = d["questions"].toArray();
        q.append(QJsonObject{{"id", "school"}, {"kind", "text-short"}, {"text", text("School name", "Enw'r ysgol")}});
        d["questions"] = q;
        envelope["definition"] = toBase64(toBytes(d));
    }
    SECTION("a signature with a flipped bit")
    {
        QByteArray sig = *fromBase64(envelope["signature"].toString());
        sig[10] = static_cast<char>(sig[10] ^ 0x01);
        envelope["signature"] = toBase64(sig);
    }
    SECTION("a token key swapped for the server's own")
    {
        envelope["definition"] = toBase64(toBytes(definitionObject(voprf::generateKeyPair().publicKey)));
    }
    auto result = verifySignedDefinition(QJsonDocument(envelope).toJson(), body.key.publicKey);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::SurveySignatureInvalid);
}

TEST_CASE("A definition signed by another key is refused", "[definition][signature]")
{
    Body body;
    const SigningKeyPair impostor = SigningKeyPair::generate();
    auto envelope = signDefinition(body.definition, impostor);
    REQUIRE(envelope.ok());
    CHECK(verifySignedDefinition(envelope.value(), body.key.publicKey).error().code == ErrorCode::SurveyWrongSigner);

    SECTION("even when it claims to be from the pinned key")
    {
        QJsonObject o = parse(envelope.value());
        o["signer"] = toBase64(body.key.publicKey);
        CHECK(verifySignedDefinition(QJsonDocument(o).toJson(), body.key.publicKey).error().code
              == ErrorCode::SurveySignatureInvalid);
    }
    SECTION("or leaves out who signed it")
    {
        QJsonObject o = parse(envelope.value());
        o.remove("signer");
        CHECK(verifySignedDefinition(QJsonDocument(o).toJson(), body.key.publicKey).error().code
              == ErrorCode::SurveySignatureInvalid);
    }
}

TEST_CASE("An unsigned definition is refused", "[definition][signature]")
{
    Body body;
    // A bare definition, as a careless server might serve it.
    CHECK(verifySignedDefinition(body.definition, body.key.publicKey).error().code == ErrorCode::SurveyUnsigned);
    QJsonObject envelope = parse(body.signedEnvelope());
    envelope.remove("signature");
    CHECK(verifySignedDefinition(QJsonDocument(envelope).toJson(), body.key.publicKey).error().code
          == ErrorCode::SurveyUnsigned);
    envelope["signature"] = "";
    CHECK(verifySignedDefinition(QJsonDocument(envelope).toJson(), body.key.publicKey).error().code
          == ErrorCode::SurveyUnsigned);
    CHECK(verifySignedDefinition("not json", body.key.publicKey).error().code == ErrorCode::SurveyDefinitionInvalid);
}

TEST_CASE("Definitions asking for finer data or malformed questions are refused", "[definition]")
{
    const QByteArray tokenKey = voprf::generateKeyPair().publicKey;
    QJsonObject d = definitionObject(tokenKey);
    REQUIRE(SurveyDefinition::fromJson(toBytes(d)).ok());

    auto refuse = [](const QJsonObject &o) {
        auto result = SurveyDefinition::fromJson(toBytes(o));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::SurveyDefinitionInvalid);
    };
    SECTION("a demographic band beyond the four coarse ones")
    {
        QJsonObject bands = d["demographics"].toObject();
        bands["school"] = QJsonArray{option("ysgol-a", "School A", "Ysgol A")};
        d["demographics"] = bands;
        refuse(d);
    }
    SECTION("a question without Welsh")
    {
        QJsonArray q = d["questions"].toArray();
        QJsonObject first = q[0].toObject();
        first["text"] = QJsonObject{{"en", "Demand"}};
        q[0] = first;
        d["questions"] = q;
        refuse(d);
    }
    SECTION("an unknown kind")
    {
        QJsonArray q = d["questions"].toArray();
        QJsonObject first = q[0].toObject();
        first["kind"] = "essay";
        q[0] = first;
        d["questions"] = q;
        refuse(d);
    }
    SECTION("a scale with min above max")
    {
        QJsonArray q = d["questions"].toArray();
        QJsonObject first = q[0].toObject();
        first["min"] = 5;
        first["max"] = 1;
        q[0] = first;
        d["questions"] = q;
        refuse(d);
    }
    SECTION("a window that closes before it opens")
    {
        d["window"] = QJsonObject{{"opens", "2025-03-31"}, {"closes", "2025-03-01"}};
        refuse(d);
    }
    SECTION("a token key that is not a group element")
    {
        d["token_key"] = toBase64(QByteArray(32, '\0'));
        refuse(d);
    }
    SECTION("an id with room for finer data")
    {
        d["id"] = "2025-spring/Head of Ysgol Gymraeg Aberystwyth";
        refuse(d);
    }
}

TEST_CASE("The signer refuses unknown prefill hints, the app ignores them", "[definition]")
{
    Body body;
    QJsonObject d = definitionObject(body.tokenKey.publicKey);
    QJsonArray q = d["questions"].toArray();
    QJsonObject first = q[0].toObject();
    first["prefill"] = "mean_demnad";
    q[0] = first;
    d["questions"] = q;
    CHECK(signDefinition(toBytes(d), body.key).error().code == ErrorCode::SurveyDefinitionInvalid);
    auto lenient = SurveyDefinition::fromJson(toBytes(d));
    REQUIRE(lenient.ok());
    CHECK(lenient.value().questions.first().prefill == "mean_demnad");
}
