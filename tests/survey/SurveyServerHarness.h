#pragma once
// End-to-end survey tests: the real saib-survey-body CLI makes the body's keys, signs a
// definition and issues codes; the real saib-relay serves them; leaders use SurveyClient
// and TokenWallet exactly as the app does.
#include "../relay/RelayHarness.h"

#include <core/survey/SurveyClient.h>
#include <core/survey/SurveyDefinition.h>

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <ToolProcess.h>

namespace saib::survey::test {

using CliRun = saib::test::ToolRun;

// Runs saib-survey-body with `args` and waits for it.
CliRun runBodyTool(const QStringList &args);

// A survey body with its keys on disk, and the directory a relay is given.
struct SurveyBody {
    QTemporaryDir dir;
    QString bodyDir;   // body.key, body.pub (the body's own)
    QString relayKeys; // body.pub and <survey>.voprf (what the relay operator receives)
    QString surveyId;
    QByteArray publicKey;
    QStringList codes;
    QString signedPath;
    QString batchPath;

    // Keys, a definition open from today-10 to today+10 (unless given), signed, and
    // `codeCount` enrolment codes. `tables` are the declared tables (default: national
    // and by phase).
    explicit SurveyBody(int codeCount = 15, QDate opens = {}, QDate closes = {}, const QJsonArray &tables = {});
    QStringList relayArgs(const QStringList &extra = {}) const;

    // Another survey by the same body (same keys, its own VOPRF key and codes).
    struct Survey {
        QString id;
        QString signedPath;
        QString batchPath;
        QStringList codes;
    };
    Survey addSurvey(const QString &id, int codeCount, QDate opens, QDate closes, const QJsonArray &tables);
};

Result<SurveyDefinition> fetchVerified(SurveyClient &client, const QString &surveyId, const QByteArray &pinnedKey);

} // namespace saib::survey::test
