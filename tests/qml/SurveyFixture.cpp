#include "SurveyFixture.h"
#include <core/Await.h>
#include <core/Clock.h>

#include <core/survey/EnrolmentCodes.h>
#include <core/survey/Invitation.h>
#include <core/survey/SignedDefinition.h>
#include <core/survey/SurveyClient.h>
#include <core/survey/SurveyJson.h>
#include <core/survey/SurveyKeyFiles.h>
#include <core/survey/Voprf.h>

#include <QDate>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace saib;
using namespace saib::survey;

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

QString SurveyFixture::relayLog()
{
    return QString::fromUtf8(m_relay.log());
}

QVariantMap SurveyFixture::start()
{
    auto fail = [](const QString &why) { return QVariantMap{{QStringLiteral("error"), why}}; };
    m_dir = std::make_unique<QTemporaryDir>();
    const QDir dir(m_dir->path());
    const QString keysDir = dir.filePath(QStringLiteral("relay-keys"));
    QDir().mkpath(keysDir);

    QFile example(QStringLiteral(SAIB_SOURCE_DIR "/docs/surveys/example-definition.json"));
    if (!example.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("no example definition"));
    QJsonObject def = QJsonDocument::fromJson(example.readAll()).object();
    // A believable id: it shows in the payload preview of the README screenshots.
    const QString surveyId = QStringLiteral("leaders-wellbeing-2026-autumn");
    const QDate today = saib::Clock::today();
    def.insert(QStringLiteral("id"), surveyId);
    def.insert(QStringLiteral("window"), QJsonObject{{"opens", today.addDays(-30).toString(Qt::ISODate)},
                                                     {"closes", today.addDays(30).toString(Qt::ISODate)}});

    const SigningKeyPair body = SigningKeyPair::generate();
    const voprf::KeyPair tokenKey = voprf::generateKeyPair();
    if (writePublicKey(keysDir + QStringLiteral("/body.pub"), body.publicKey)
        || writeVoprfKey(keysDir + QStringLiteral("/") + surveyId + QStringLiteral(".voprf"), surveyId, tokenKey))
        return fail(QStringLiteral("cannot write keys"));
    def.insert(QStringLiteral("token_key"), toBase64(tokenKey.publicKey));
    const QByteArray definitionBytes = QJsonDocument(def).toJson(QJsonDocument::Indented);
    auto envelope = signDefinition(definitionBytes, body);
    if (!envelope.ok())
        return fail(envelope.error().detail);

    // The same survey with one letter changed after signing, and with no signature at all.
    QJsonObject altered = QJsonDocument::fromJson(envelope.value()).object();
    QByteArray inner = definitionBytes;
    inner.replace("Workload", "Workl0ad");
    altered.insert(QStringLiteral("definition"), toBase64(inner));
    const QString signedPath = dir.filePath(QStringLiteral("survey.signed.json"));
    const QString alteredPath = dir.filePath(QStringLiteral("survey.altered.json"));
    const QString unsignedPath = dir.filePath(QStringLiteral("survey.unsigned.json"));
    if (!writeFile(signedPath, envelope.value()) || !writeFile(alteredPath, QJsonDocument(altered).toJson())
        || !writeFile(unsignedPath, definitionBytes))
        return fail(QStringLiteral("cannot write survey files"));

    EnrolmentCodeBatch batch{surveyId, {}};
    const QString code = generateEnrolmentCode();
    batch.hashes.append(enrolmentCodeHash(surveyId, *normaliseEnrolmentCode(code)));
    auto signedBatch = signEnrolmentCodes(batch, body);
    if (!signedBatch.ok())
        return fail(signedBatch.error().detail);

    const QString failure = m_relay.start(
        QStringLiteral(SAIB_RELAY_PATH),
        {QStringLiteral("--db"), QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("relay.db")),
         QStringLiteral("--survey-keys"), keysDir, QStringLiteral("--rate"), QStringLiteral("10000"),
         QStringLiteral("--rate-ip"), QStringLiteral("10000")});
    if (!failure.isEmpty())
        return fail(failure);
    const QString server = m_relay.url().toString();

    SurveyClient client{QUrl(server)};
    const Error published = awaitCallback<Error>([&](auto cb) { client.publish(envelope.value(), cb); });
    if (published)
        return fail(QStringLiteral("publish: ") + published.detail);
    auto added = awaitCallback<Result<int>>([&](auto cb) { client.uploadEnrolmentCodes(surveyId, signedBatch.value(), cb); });
    if (!added.ok() || added.value() != 1)
        return fail(QStringLiteral("codes: ") + added.error().detail);

    // The body's invitation to this survey, and the same with its server changed after signing.
    Invitation invitation;
    invitation.server = QUrl(server);
    invitation.surveyId = surveyId;
    invitation.bodyName = LocalText{QStringLiteral("National Academy for Educational Leadership"),
                                    QStringLiteral("Yr Academi Genedlaethol ar gyfer Arweinyddiaeth Addysgol")};
    auto invitationBytes = writeInvitation(invitation, body);
    if (!invitationBytes.ok())
        return fail(invitationBytes.error().detail);
    QJsonObject tampered = QJsonDocument::fromJson(invitationBytes.value()).object();
    QByteArray tamperedInner = QByteArray::fromBase64(tampered.value(QStringLiteral("invitation")).toString().toLatin1());
    tamperedInner.replace("127.0.0.1", "127.0.0.2");
    tampered.insert(QStringLiteral("invitation"), toBase64(tamperedInner));
    const QString invitationPath = dir.filePath(QStringLiteral("invitation.saib"));
    const QString tamperedPath = dir.filePath(QStringLiteral("invitation.tampered.saib"));
    if (!writeFile(invitationPath, invitationBytes.value()) || !writeFile(tamperedPath, QJsonDocument(tampered).toJson()))
        return fail(QStringLiteral("cannot write the invitation"));

    return {{QStringLiteral("error"), QString()},
            {QStringLiteral("invitation"), invitationPath},
            {QStringLiteral("tamperedInvitation"), tamperedPath},
            {QStringLiteral("server"), server},
            {QStringLiteral("bodyKey"), toBase64(body.publicKey)},
            {QStringLiteral("surveyId"), surveyId},
            {QStringLiteral("code"), code},
            {QStringLiteral("file"), signedPath},
            {QStringLiteral("altered"), alteredPath},
            {QStringLiteral("unsigned"), unsignedPath}};
}
