#include "SurveyServerHarness.h"
#include <core/Clock.h>

#include <QJsonArray>

#include "SurveyFixtures.h"

#include <core/survey/SignedDefinition.h>
#include <core/survey/SurveyKeyFiles.h>

#include <QFile>
#include <QRandomGenerator>

namespace saib::survey::test {

CliRun runBodyTool(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SAIB_SURVEY_BODY_PATH), args);
    REQUIRE(p.waitForFinished(60000));
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

SurveyBody::SurveyBody(int codeCount, QDate opens, QDate closes)
{
    REQUIRE(dir.isValid());
    bodyDir = dir.filePath(QStringLiteral("body"));
    relayKeys = dir.filePath(QStringLiteral("relay-keys"));
    // A fresh id per test: PostgreSQL cases share one database.
    surveyId = QStringLiteral("t-%1").arg(QRandomGenerator::global()->generate64(), 0, 16);

    CliRun r = runBodyTool({QStringLiteral("keygen"), QStringLiteral("--out"), bodyDir});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = runBodyTool({QStringLiteral("survey-key"), QStringLiteral("--survey"), surveyId, QStringLiteral("--out"), relayKeys});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(QFile::copy(bodyDir + QStringLiteral("/body.pub"), relayKeys + QStringLiteral("/body.pub")));
    auto pub = readPublicKey(bodyDir + QStringLiteral("/body.pub"));
    REQUIRE(pub.ok());
    publicKey = pub.value();

    const QDate today = saib::Clock::today();
    QJsonObject def = definitionObject(QByteArray(32, '\0'));
    def.remove(QStringLiteral("token_key")); // filled in by `sign --survey-key`
    def.insert(QStringLiteral("id"), surveyId);
    def.insert(QStringLiteral("tables"), QJsonArray{QJsonArray{}, QJsonArray{QStringLiteral("phase")}});
    def.insert(QStringLiteral("window"),
               QJsonObject{{"opens", (opens.isValid() ? opens : today.addDays(-10)).toString(Qt::ISODate)},
                           {"closes", (closes.isValid() ? closes : today.addDays(10)).toString(Qt::ISODate)}});
    const QString defPath = dir.filePath(QStringLiteral("definition.json"));
    QFile f(defPath);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(toBytes(def));
    f.close();
    signedPath = dir.filePath(QStringLiteral("signed.json"));
    r = runBodyTool({QStringLiteral("sign"), QStringLiteral("--key"), bodyDir + QStringLiteral("/body.key"),
                     QStringLiteral("--definition"), defPath, QStringLiteral("--survey-key"),
                     relayKeys + QStringLiteral("/") + surveyId + QStringLiteral(".voprf"),
                     QStringLiteral("--out"), signedPath});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    const QString codesPath = dir.filePath(QStringLiteral("codes.txt"));
    batchPath = dir.filePath(QStringLiteral("codes.signed.json"));
    r = runBodyTool({QStringLiteral("codes"), QStringLiteral("--key"), bodyDir + QStringLiteral("/body.key"),
                     QStringLiteral("--survey"), surveyId, QStringLiteral("--count"), QString::number(codeCount),
                     QStringLiteral("--out"), codesPath, QStringLiteral("--batch"), batchPath});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile c(codesPath);
    REQUIRE(c.open(QIODevice::ReadOnly));
    codes = QString::fromLatin1(c.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(codes.size() == codeCount);
}

QStringList SurveyBody::relayArgs(const QStringList &extra) const
{
    return saib::test::kFastRate + QStringList{QStringLiteral("--survey-keys"), relayKeys} + extra;
}

Result<SurveyDefinition> fetchVerified(SurveyClient &client, const QString &surveyId, const QByteArray &pinnedKey)
{
    auto envelope = saib::test::wait<Result<QByteArray>>([&](auto cb) { client.fetchSurvey(surveyId, cb); });
    if (!envelope.ok())
        return envelope.error();
    return verifySignedDefinition(envelope.value(), pinnedKey);
}

} // namespace saib::survey::test
