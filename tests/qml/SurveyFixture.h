#pragma once
// Test-only "surveyFixture" for tst_surveys.qml: plays the survey body and the relay
// operator. It makes a body key and a survey key, signs docs/surveys/example-definition.json
// (window moved around today), issues enrolment codes, starts the real saib-relay on
// 127.0.0.1 with --survey-keys and publishes the survey and codes to it. Nothing is mocked:
// the app then talks to that relay over HTTP.
#include <LocalRelay.h>
#include <QObject>
#include <QTemporaryDir>
#include <QVariantMap>
#include <memory>

class SurveyFixture : public QObject {
    Q_OBJECT
public:
    explicit SurveyFixture(QObject *parent = nullptr) : QObject(parent) {}

    // {server, bodyKey, surveyId, code, file (signed), altered (one byte changed),
    //  unsigned (bare definition), error ("" when all went well)}.
    Q_INVOKABLE QVariantMap start();
    // What the relay logged so far.
    Q_INVOKABLE QString relayLog();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    saib::test::LocalRelay m_relay;
};
