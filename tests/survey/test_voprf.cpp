// RFC 9497 VOPRF, ristretto255-SHA512: the official test vectors of Appendix A.1.2
// (taken from the CFRG draft repository's final text, cfrg/draft-irtf-cfrg-voprf,
// draft-irtf-cfrg-voprf.md, "Test Vectors / ristretto255-SHA512 / VOPRF Mode" = RFC 9497),
// and algebraic properties the vectors alone do not exercise.
#include "SurveyFixtures.h"

#include <core/crypto/ExpandMessage.h>
#include <core/survey/Voprf.h>

using namespace saib;
using namespace saib::survey;
using namespace saib::survey::test;

namespace {

const char *kSeed = "a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3";
const char *kKeyInfo = "74657374206b6579"; // "test key"
const char *kSkSm = "e6f73f344b79b379f1a0dd37e07ff62e38d9f71345ce62ae3a9bc60b04ccd909";
const char *kPkSm = "c803e2cc6b05fc15064549b5920659ca4a77b2cca6f04f6b357009335476ad4e";

struct Vector {
    const char *input;
    const char *blind;
    const char *blindedElement;
    const char *evaluationElement;
    const char *output;
};

// A.1.2.1 and A.1.2.2 (batch size 1); A.1.2.3 is both together with one proof.
const Vector kVector1{"00", "64d37aed22a27f5191de1c1d69fadb899d8862b58eb4220029e036ec4c1f6706",
                      "863f330cc1a1259ed5a5998a23acfd37fb4351a793a5b3c090b642ddc439b945",
                      "aa8fa048764d5623868679402ff6108d2521884fa138cd7f9c7669a9a014267e",
                      "b58cfbe118e0cb94d79b5fd6a6dafb98764dff49c14e1770b566e42402da1a7d"
                      "a4d8527693914139caee5bd03903af43a491351d23b430948dd50cde10d32b3c"};
const char *kProof1 = "ddef93772692e535d1a53903db24367355cc2cc78de93b3be5a8ffcc6985dd06"
                      "6d4346421d17bf5117a2a1ff0fcb2a759f58a539dfbe857a40bce4cf49ec600d";
const char *kProofRandom1 = "222a5e897cf59db8145db8d16e597e8facb80ae7d4e26d9881aa6f61d645fc0e";

const Vector kVector2{"5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a", "64d37aed22a27f5191de1c1d69fadb899d8862b58eb4220029e036ec4c1f6706",
                      "cc0b2a350101881d8a4cba4c80241d74fb7dcbfde4a61fde2f91443c2bf9ef0c",
                      "60a59a57208d48aca71e9e850d22674b611f752bed48b36f7a91b372bd7ad468",
                      "8a9a2f3c7f085b65933594309041fc1898d42d0858e59f90814ae90571a6df60"
                      "356f4610bf816f27afdd84f47719e480906d27ecd994985890e5f539e7ea74b6"};
const char *kProof2 = "401a0da6264f8cf45bb2f5264bc31e109155600babb3cd4e5af7d181a2c9dc0a"
                      "67154fabf031fd936051dec80b0b6ae29c9503493dde7393b722eafdf5a50b02";

// Batch vector 3: input 1 as vector 1; input 2 = vector 2's input with a second blind.
const char *kBatchBlind2 = "222a5e897cf59db8145db8d16e597e8facb80ae7d4e26d9881aa6f61d645fc0e";
const char *kBatchBlinded2 = "90a0145ea9da29254c3a56be4fe185465ebb3bf2a1801f7124bbbadac751e654";
const char *kBatchEvaluated2 = "cc5ac221950a49ceaa73c8db41b82c20372a4c8d63e5dded2db920b7eee36a2a";
const char *kBatchProof = "cc203910175d786927eeb44ea847328047892ddf8590e723c37205cb74600b0a"
                          "5ab5337c8eb4ceae0494c2cf89529dcf94572ed267473d567aeed6ab873dee08";
const char *kBatchProofRandom = "419c4f4f5052c53c45f3da494d2b67b220d02118e0857cdbcf037f9ea84bbe0c";

voprf::KeyPair vectorKey()
{
    auto key = voprf::deriveKeyPair(secretHex(kSeed), hex(kKeyInfo));
    REQUIRE(key.ok());
    return std::move(key.value());
}

QByteArray secretBytes(const SecureBuffer &b)
{
    return QByteArray(reinterpret_cast<const char *>(b.data()), static_cast<int>(b.size()));
}

void checkSingle(const Vector &v, const char *proofHex)
{
    const voprf::KeyPair key = vectorKey();
    auto blinded = voprf::blindWithScalar(hex(v.input), secretHex(v.blind));
    REQUIRE(blinded.ok());
    CHECK(blinded.value().blindedElement.toHex() == QByteArray(v.blindedElement));

    auto evaluation = voprf::blindEvaluateWithProofScalar(key.secretKey, key.publicKey,
                                                          {blinded.value().blindedElement}, secretHex(kProofRandom1));
    REQUIRE(evaluation.ok());
    REQUIRE(evaluation.value().evaluatedElements.size() == 1);
    CHECK(evaluation.value().evaluatedElements.first().toHex() == QByteArray(v.evaluationElement));
    CHECK(evaluation.value().proof.toHex() == QByteArray(proofHex));

    auto output = voprf::finalize(hex(v.input), blinded.value().blind, evaluation.value().evaluatedElements.first(),
                                  blinded.value().blindedElement, key.publicKey, evaluation.value().proof);
    REQUIRE(output.ok());
    CHECK(output.value().toHex() == QByteArray(v.output));

    auto direct = voprf::evaluate(key.secretKey, hex(v.input));
    REQUIRE(direct.ok());
    CHECK(direct.value().toHex() == QByteArray(v.output));
}

} // namespace

TEST_CASE("expand_message_xmd(SHA-512) matches RFC 9380 K.3", "[voprf]")
{
    const QByteArray dst("QUUX-V01-CS02-with-expander-SHA512-256");
    CHECK(expandMessageXmdSha512("", dst, 0x20).toHex()
          == "6b9a7312411d92f921c6f68ca0b6380730a1a4d982c507211a90964c394179ba");
    CHECK(expandMessageXmdSha512("abc", dst, 0x20).toHex()
          == "0da749f12fbe5483eb066a5f595055679b976e93abe9be6f0f6318bce7aca8dc");
    CHECK(expandMessageXmdSha512("", dst, 0x80).toHex()
          == "41b037d1734a5f8df225dd8c7de38f851efdb45c372887be655212d07251b921"
             "b052b62eaed99b46f72f2ef4cc96bfaf254ebbbec091e1a3b9e4fb5e5b619d2e"
             "0c5414800a1d882b62bb5cd1778f098b8eb6cb399d5d9d18f5d5842cf5d13d7e"
             "b00a7cff859b605da678b318bd0e65ebff70bec88c753b159a805d2c89c55961");
    CHECK(expandMessageXmdSha512("", QByteArray(256, 'x'), 32).isEmpty()); // DST too long
}

TEST_CASE("VOPRF context string is the RFC's", "[voprf]")
{
    CHECK(voprf::contextString() == QByteArray("OPRFV1-\x01-ristretto255-SHA512", 28));
}

TEST_CASE("RFC 9497 A.1.2: DeriveKeyPair reproduces skSm and pkSm", "[voprf][rfc9497]")
{
    const voprf::KeyPair key = vectorKey();
    CHECK(secretBytes(key.secretKey).toHex() == QByteArray(kSkSm));
    CHECK(key.publicKey.toHex() == QByteArray(kPkSm));
    auto pk = voprf::publicKeyFor(key.secretKey);
    REQUIRE(pk.ok());
    CHECK(pk.value().toHex() == QByteArray(kPkSm));
}

TEST_CASE("RFC 9497 A.1.2.1: VOPRF test vector 1, batch size 1", "[voprf][rfc9497]")
{
    checkSingle(kVector1, kProof1);
}

TEST_CASE("RFC 9497 A.1.2.2: VOPRF test vector 2, batch size 1", "[voprf][rfc9497]")
{
    checkSingle(kVector2, kProof2);
}

TEST_CASE("RFC 9497 A.1.2.3: VOPRF test vector 3, batch size 2", "[voprf][rfc9497]")
{
    const voprf::KeyPair key = vectorKey();
    const QList<QByteArray> inputs{hex(kVector1.input), hex(kVector2.input)};
    auto b1 = voprf::blindWithScalar(inputs[0], secretHex(kVector1.blind));
    auto b2 = voprf::blindWithScalar(inputs[1], secretHex(kBatchBlind2));
    REQUIRE(b1.ok());
    REQUIRE(b2.ok());
    CHECK(b1.value().blindedElement.toHex() == QByteArray(kVector1.blindedElement));
    CHECK(b2.value().blindedElement.toHex() == QByteArray(kBatchBlinded2));
    const QList<QByteArray> blinded{b1.value().blindedElement, b2.value().blindedElement};

    auto evaluation = voprf::blindEvaluateWithProofScalar(key.secretKey, key.publicKey, blinded,
                                                          secretHex(kBatchProofRandom));
    REQUIRE(evaluation.ok());
    CHECK(evaluation.value().evaluatedElements.at(0).toHex() == QByteArray(kVector1.evaluationElement));
    CHECK(evaluation.value().evaluatedElements.at(1).toHex() == QByteArray(kBatchEvaluated2));
    CHECK(evaluation.value().proof.toHex() == QByteArray(kBatchProof));

    std::vector<SecureBuffer> blinds;
    blinds.push_back(std::move(b1.value().blind));
    blinds.push_back(std::move(b2.value().blind));
    auto outputs = voprf::finalize(inputs, blinds, evaluation.value(), blinded, key.publicKey);
    REQUIRE(outputs.ok());
    CHECK(outputs.value().at(0).toHex() == QByteArray(kVector1.output));
    CHECK(outputs.value().at(1).toHex() == QByteArray(kVector2.output));
}

TEST_CASE("VOPRF with random blinds and proofs agrees with Evaluate", "[voprf]")
{
    const voprf::KeyPair key = voprf::generateKeyPair();
    QList<QByteArray> inputs;
    QList<QByteArray> blinded;
    std::vector<SecureBuffer> blinds;
    for (int i = 0; i < 5; ++i) {
        inputs.append(QByteArray("token input ") + QByteArray::number(i));
        auto b = voprf::blind(inputs.last());
        REQUIRE(b.ok());
        blinded.append(b.value().blindedElement);
        blinds.push_back(std::move(b.value().blind));
    }
    auto evaluation = voprf::blindEvaluate(key.secretKey, key.publicKey, blinded);
    REQUIRE(evaluation.ok());
    auto outputs = voprf::finalize(inputs, blinds, evaluation.value(), blinded, key.publicKey);
    REQUIRE(outputs.ok());
    for (int i = 0; i < inputs.size(); ++i) {
        auto direct = voprf::evaluate(key.secretKey, inputs.at(i));
        REQUIRE(direct.ok());
        CHECK(outputs.value().at(i) == direct.value());
    }
    // Two blinds of the same input look unrelated to the server.
    auto again = voprf::blind(inputs.first());
    REQUIRE(again.ok());
    CHECK(again.value().blindedElement != blinded.first());
}

TEST_CASE("VOPRF Finalize rejects tampered proofs, wrong keys and swapped elements", "[voprf]")
{
    const voprf::KeyPair key = voprf::generateKeyPair();
    const QByteArray input("survey token");
    auto b = voprf::blind(input);
    REQUIRE(b.ok());
    auto evaluation = voprf::blindEvaluate(key.secretKey, key.publicKey, {b.value().blindedElement});
    REQUIRE(evaluation.ok());
    const QByteArray evaluated = evaluation.value().evaluatedElements.first();
    const QByteArray proof = evaluation.value().proof;

    auto finalizeWith = [&](const QByteArray &ev, const QByteArray &pk, const QByteArray &pr) {
        return voprf::finalize(input, b.value().blind, ev, b.value().blindedElement, pk, pr);
    };
    REQUIRE(finalizeWith(evaluated, key.publicKey, proof).ok());

    SECTION("a flipped bit in c or s")
    {
        for (int byte : {0, 40}) {
            QByteArray tampered = proof;
            tampered[byte] = static_cast<char>(tampered[byte] ^ 0x01);
            const auto result = finalizeWith(evaluated, key.publicKey, tampered);
            REQUIRE_FALSE(result.ok());
            CHECK((result.error().code == ErrorCode::SurveyProofInvalid
                   || result.error().code == ErrorCode::SurveyTokenMalformed));
        }
    }
    SECTION("a proof checked against another server's key")
    {
        const voprf::KeyPair other = voprf::generateKeyPair();
        CHECK(finalizeWith(evaluated, other.publicKey, proof).error().code == ErrorCode::SurveyProofInvalid);
    }
    SECTION("an element evaluated with a different key, proof for the right one")
    {
        const voprf::KeyPair other = voprf::generateKeyPair();
        auto wrong = voprf::blindEvaluate(other.secretKey, other.publicKey, {b.value().blindedElement});
        REQUIRE(wrong.ok());
        CHECK(finalizeWith(wrong.value().evaluatedElements.first(), key.publicKey, proof).error().code
              == ErrorCode::SurveyProofInvalid);
        CHECK(finalizeWith(wrong.value().evaluatedElements.first(), other.publicKey, wrong.value().proof).ok());
    }
    SECTION("a proof from another session")
    {
        auto b2 = voprf::blind(input);
        REQUIRE(b2.ok());
        auto e2 = voprf::blindEvaluate(key.secretKey, key.publicKey, {b2.value().blindedElement});
        REQUIRE(e2.ok());
        CHECK(finalizeWith(evaluated, key.publicKey, e2.value().proof).error().code == ErrorCode::SurveyProofInvalid);
    }
    SECTION("a non-canonical scalar in the proof")
    {
        QByteArray bad = proof;
        bad.replace(32, 32, QByteArray(32, '\xff'));
        CHECK(finalizeWith(evaluated, key.publicKey, bad).error().code == ErrorCode::SurveyProofInvalid);
    }
}

TEST_CASE("VOPRF refuses identity, invalid and mismatched elements", "[voprf]")
{
    const voprf::KeyPair key = voprf::generateKeyPair();
    const QByteArray identity(32, '\0');
    const QByteArray notAPoint(32, '\xff');
    CHECK(voprf::blindEvaluate(key.secretKey, key.publicKey, {identity}).error().code == ErrorCode::SurveyTokenMalformed);
    CHECK(voprf::blindEvaluate(key.secretKey, key.publicKey, {notAPoint}).error().code == ErrorCode::SurveyTokenMalformed);
    CHECK(voprf::blindEvaluate(key.secretKey, key.publicKey, {}).error().code == ErrorCode::SurveyTokenMalformed);
    CHECK(voprf::blindEvaluate(key.secretKey, identity, {key.publicKey}).error().code == ErrorCode::SurveyTokenMalformed);

    auto b = voprf::blind("x");
    REQUIRE(b.ok());
    auto evaluation = voprf::blindEvaluate(key.secretKey, key.publicKey, {b.value().blindedElement});
    REQUIRE(evaluation.ok());
    CHECK(voprf::finalize("x", b.value().blind, identity, b.value().blindedElement, key.publicKey,
                          evaluation.value().proof)
              .error().code == ErrorCode::SurveyTokenMalformed);
    std::vector<SecureBuffer> noBlinds;
    CHECK(voprf::finalize({"x"}, noBlinds, evaluation.value(), {b.value().blindedElement}, key.publicKey)
              .error().code == ErrorCode::SurveyTokenMalformed);
    CHECK_FALSE(voprf::evaluate(key.secretKey, QByteArray(70000, 'a')).ok());
    CHECK_FALSE(voprf::deriveKeyPair(SecureBuffer(16), "info").ok());
}
