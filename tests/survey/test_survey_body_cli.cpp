// saib-survey-body, run as a program: keys, signing, verification and enrolment codes.
#include "SurveyFixtures.h"
#include "SurveyServerHarness.h"

#include <app/qr/QrCode.h>
#include <core/survey/EnrolmentCodes.h>
#include <core/survey/BodySignature.h>
#include <core/survey/Invitation.h>
#include <core/survey/SignedDefinition.h>
#include <core/survey/SurveyKeyFiles.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace saib;
using namespace saib::survey;
using namespace saib::survey::test;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}
} // namespace

TEST_CASE("survey body CLI: keys, signing and verification", "[survey][cli]")
{
    SurveyBody body(3);
    const QString pub = body.bodyDir + "/body.pub";

    // Secret files are readable by their owner only; a second keygen never overwrites.
    CHECK(QFileInfo(body.bodyDir + "/body.key").permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK_FALSE(QFileInfo(body.relayKeys + "/" + body.surveyId + ".voprf").permissions() & QFileDevice::ReadOther);
    CliRun again = runBodyTool({"keygen", "--out", body.bodyDir});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("refusing to overwrite"));

    // The signed file verifies against body.pub, both in the CLI and in the app's check,
    // and its token_key is the relay's VOPRF key.
    CliRun ok = runBodyTool({"verify", "--pub", pub, "--signed", body.signedPath});
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    const QByteArray envelope = readAll(body.signedPath);
    auto def = verifySignedDefinition(envelope, body.publicKey);
    REQUIRE(def.ok());
    auto voprfKey = readVoprfKey(body.relayKeys + "/" + body.surveyId + ".voprf", body.surveyId);
    REQUIRE(voprfKey.ok());
    CHECK(def.value().tokenKey == voprfKey.value().publicKey);

    // One changed byte inside the signed definition: refused by both.
    QJsonObject o = QJsonDocument::fromJson(envelope).object();
    QByteArray inner = QByteArray::fromBase64(o.value("definition").toString().toLatin1());
    inner.replace("Workload", "Workl0ad");
    o.insert("definition", QString::fromLatin1(inner.toBase64()));
    const QString altered = body.dir.filePath("altered.json");
    writeAll(altered, QJsonDocument(o).toJson());
    CliRun bad = runBodyTool({"verify", "--pub", pub, "--signed", altered});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains("NOT VALID"));
    CHECK(verifySignedDefinition(readAll(altered), body.publicKey).error().code == ErrorCode::SurveySignatureInvalid);

    // Another body's key does not verify it.
    SurveyBody other(1);
    CHECK(runBodyTool({"verify", "--pub", other.bodyDir + "/body.pub", "--signed", body.signedPath}).exitCode == 1);

    // A definition asking for a finer band than the four allowed is not signed at all.
    QJsonObject fine = definitionObject(voprfKey.value().publicKey);
    QJsonObject bands = fine.value("demographics").toObject();
    bands.insert("school", QJsonArray{option("x", "X", "X")});
    fine.insert("demographics", bands);
    writeAll(body.dir.filePath("fine.json"), toBytes(fine));
    CliRun refused = runBodyTool({"sign", "--key", body.bodyDir + "/body.key", "--definition",
                                  body.dir.filePath("fine.json"), "--out", body.dir.filePath("fine.signed.json")});
    CHECK(refused.exitCode == 1);
    CHECK_FALSE(QFile::exists(body.dir.filePath("fine.signed.json")));

    // Usage errors exit with 2.
    CHECK(runBodyTool({"sign", "--key"}).exitCode == 2);
    CHECK(runBodyTool({"frobnicate"}).exitCode == 2);
}

TEST_CASE("survey body CLI: enrolment codes", "[survey][cli]")
{
    SurveyBody body(5);
    QSet<QString> unique;
    for (const QString &code : body.codes) {
        CHECK(code.size() == 24); // 20 characters in five groups of four
        auto normal = normaliseEnrolmentCode(code);
        REQUIRE(normal);
        unique.insert(*normal);
        // Forgiving typing: lower case, spaces, O for 0 and l for 1 are all the same code.
        QString typed = code.toLower().replace('-', ' ').replace('0', 'o').replace('1', 'l');
        CHECK(normaliseEnrolmentCode(typed) == normal);
    }
    CHECK(unique.size() == 5);
    CHECK_FALSE(normaliseEnrolmentCode("ABCD"));
    CHECK_FALSE(normaliseEnrolmentCode("ABCD-EFGH-JKMN-PQRS-TVWU")); // U is not in the alphabet

    // The signed batch holds the codes' hashes (never the codes) and only the body's key
    // verifies it.
    const QByteArray batchBytes = readAll(body.batchPath);
    for (const QString &code : body.codes)
        CHECK_FALSE(batchBytes.contains(code.toLatin1()));
    auto batch = verifyEnrolmentCodes(batchBytes, body.publicKey);
    REQUIRE(batch.ok());
    CHECK(batch.value().surveyId == body.surveyId);
    REQUIRE(batch.value().hashes.size() == 5);
    for (const QString &code : body.codes)
        CHECK(batch.value().hashes.contains(enrolmentCodeHash(body.surveyId, *normaliseEnrolmentCode(code))));
    SurveyBody other(1);
    CHECK(verifyEnrolmentCodes(batchBytes, other.publicKey).error().code == ErrorCode::SurveyWrongSigner);
}

TEST_CASE("survey body CLI: one signed invitation per survey", "[survey][cli][invitation]")
{
    SurveyBody body(1);
    const QString path = body.dir.filePath("invitation.saib");
    CliRun r = runBodyTool({"invite", "--key", body.bodyDir + "/body.key", "--survey", body.surveyId, "--relay",
                            "https://surveys.example.org", "--name-en", "National Academy for Educational Leadership",
                            "--name-cy", "Yr Academi Genedlaethol ar gyfer Arweinyddiaeth Addysgol", "--out", path,
                            "--qr", body.dir.filePath("invitation-qr.svg")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // The tool prints the fingerprint the body puts in its letter; the file gives the same.
    CHECK(r.out.contains(bodyKeyFingerprint(body.publicKey)));
    auto invitation = readInvitation(readAll(path));
    REQUIRE(invitation.ok());
    CHECK(invitation.value().server == QUrl("https://surveys.example.org"));
    CHECK(invitation.value().surveyId == body.surveyId);
    CHECK(invitation.value().bodyKey == body.publicKey);
    CHECK(invitation.value().bodyName.cy.startsWith("Yr Academi"));
    CHECK(invitation.value().fingerprint() == bodyKeyFingerprint(body.publicKey));
    // The link it prints is the same signed file, for pasting or a QR code.
    const QString link = r.out.section("link:", 1).section('\n', 0, 0).trimmed();
    CHECK(link.startsWith("saib-invitation:"));
    auto fromLink = invitationFromLink(link);
    REQUIRE(fromLink.ok());
    CHECK(fromLink.value() == readAll(path));
    CHECK(invitationLink(readAll(path)) == link);
    // The QR code for the letter carries exactly that link (error correction M).
    const QByteArray svg = readAll(body.dir.filePath("invitation-qr.svg"));
    CHECK(svg.startsWith("<?xml"));
    CHECK(svg.contains("<svg"));
    CHECK(svg == qr::svg(link));
    const qr::Modules modules = qr::encode(link);
    CHECK(modules.width >= 21);
    CHECK(modules.width <= 177); // within QR version 40
    CHECK(invitationFromLink("saib-invitation:not*base64").error().code == ErrorCode::SurveyDefinitionInvalid);
    CHECK(invitationFromLink("https://example.org/x").error().code == ErrorCode::SurveyDefinitionInvalid);

    // Altered on the way (another server): the signature no longer holds.
    QJsonObject o = QJsonDocument::fromJson(readAll(path)).object();
    QByteArray inner = QByteArray::fromBase64(o.value("invitation").toString().toLatin1());
    inner.replace("surveys.example.org", "surveys.example.com");
    o.insert("invitation", QString::fromLatin1(inner.toBase64()));
    CHECK(readInvitation(QJsonDocument(o).toJson()).error().code == ErrorCode::SurveySignatureInvalid);
    // Re-signed by someone else: valid, but the fingerprint differs from the letter's.
    SurveyBody impostor(1);
    const QString fake = body.dir.filePath("fake.saib");
    REQUIRE(runBodyTool({"invite", "--key", impostor.bodyDir + "/body.key", "--survey", body.surveyId, "--relay",
                         "https://surveys.example.com", "--name-en", "National Academy", "--name-cy", "Yr Academi",
                         "--out", fake}).exitCode == 0);
    CHECK(readInvitation(readAll(fake)).value().fingerprint() != bodyKeyFingerprint(body.publicKey));
    // Plain http to anywhere but this machine is refused.
    CHECK(runBodyTool({"invite", "--key", body.bodyDir + "/body.key", "--survey", body.surveyId, "--relay",
                       "http://surveys.example.org", "--name-en", "A", "--name-cy", "B", "--out", fake}).exitCode == 1);
}
