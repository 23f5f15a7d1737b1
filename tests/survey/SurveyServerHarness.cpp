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
    const CliRun r = saib::test::runTool(QStringLiteral(SAIB_SURVEY_BODY_PATH), args, {}, {}, 60000);
    REQUIRE(r.exitCode != -1); // it ran to the end
    return r;
}

SurveyBody::SurveyBody(int codeCount, QDate opens, QDate closes, const QJsonArray &tables)
{
    REQUIRE(dir.isValid());
    bodyDir = dir.filePath(QStringLiteral("body"));
    relayKeys = dir.filePath(QStringLiteral("relay-keys"));

    CliRun r = runBodyTool({QStringLiteral("keygen"), QStringLiteral("--out"), bodyDir});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QDir().mkpath(relayKeys);
    REQUIRE(QFile::copy(bodyDir + QStringLiteral("/body.pub"), relayKeys + QStringLiteral("/body.pub")));
    auto pub = readPublicKey(bodyDir + QStringLiteral("/body.pub"));
    REQUIRE(pub.ok());
    publicKey = pub.value();

    // A fresh id per test: PostgreSQL cases share one database.
    const Survey first = addSurvey(QStringLiteral("t-%1").arg(QRandomGenerator::global()->generate64(), 0, 16),
                                   codeCount, opens, closes,
                                   tables.isEmpty() ? QJsonArray{QJsonArray{}, QJsonArray{QStringLiteral("phase")}} : tables);
    surveyId = first.id;
    signedPath = first.signedPath;
    batchPath = first.batchPath;
    codes = first.codes;
}

SurveyBody::Survey SurveyBody::addSurvey(const QString &id, int codeCount, QDate opens, QDate closes,
                                         const QJsonArray &tables)
{
    Survey s;
    s.id = id;
    CliRun r = runBodyTool({QStringLiteral("survey-key"), QStringLiteral("--survey"), id, QStringLiteral("--out"), relayKeys});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    const QDate today = saib::Clock::today();
    QJsonObject def = definitionObject(QByteArray(32, '\0'));
    def.remove(QStringLiteral("token_key")); // filled in by `sign --survey-key`
    def.insert(QStringLiteral("id"), id);
    def.insert(QStringLiteral("tables"), tables);
    def.insert(QStringLiteral("window"),
               QJsonObject{{"opens", (opens.isValid() ? opens : today.addDays(-10)).toString(Qt::ISODate)},
                           {"closes", (closes.isValid() ? closes : today.addDays(10)).toString(Qt::ISODate)}});
    const QString defPath = dir.filePath(id + QStringLiteral(".definition.json"));
    QFile f(defPath);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(toBytes(def));
    f.close();
    s.signedPath = dir.filePath(id + QStringLiteral(".signed.json"));
    r = runBodyTool({QStringLiteral("sign"), QStringLiteral("--key"), bodyDir + QStringLiteral("/body.key"),
                     QStringLiteral("--definition"), defPath, QStringLiteral("--survey-key"),
                     relayKeys + QStringLiteral("/") + id + QStringLiteral(".voprf"),
                     QStringLiteral("--out"), s.signedPath});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    const QString codesPath = dir.filePath(id + QStringLiteral(".codes.txt"));
    s.batchPath = dir.filePath(id + QStringLiteral(".codes.signed.json"));
    r = runBodyTool({QStringLiteral("codes"), QStringLiteral("--key"), bodyDir + QStringLiteral("/body.key"),
                     QStringLiteral("--survey"), id, QStringLiteral("--count"), QString::number(codeCount),
                     QStringLiteral("--out"), codesPath, QStringLiteral("--batch"), s.batchPath});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile c(codesPath);
    REQUIRE(c.open(QIODevice::ReadOnly));
    s.codes = QString::fromLatin1(c.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(s.codes.size() == codeCount);
    return s;
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
