#pragma once
// The QML-facing national surveys ("surveys" in QML, DESIGN.md §6). It keeps the survey
// server address and the pinned survey-body key in the encrypted settings, shows only
// definitions whose signature verifies against that key, pre-fills answers from the
// leader's own check-ins and ratings over the survey window, builds the exact payload for
// the preview, and sends only those previewed bytes, over SurveyClient (a fresh
// connection, no cookies, no auth header; never the sync RelayClient). Tokens and the
// record of what was sent live in the encrypted store only.
#include <core/survey/Invitation.h>
#include <core/survey/SurveyDefinition.h>
#include <core/survey/SurveyPayload.h>
#include <core/survey/SurveyToken.h>
#include <core/survey/TokenWallet.h>

#include "OpResult.h"
#include "SurveyRecords.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <optional>

namespace saib {
class Vault;
}

namespace saib::ui {

class AppController;

class SurveyController : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString server READ server NOTIFY settingsChanged)
    Q_PROPERTY(QString bodyKey READ bodyKey NOTIFY settingsChanged)
    Q_PROPERTY(QString bodyKeyFingerprint READ bodyKeyFingerprint NOTIFY settingsChanged)
    Q_PROPERTY(QVariantList surveys READ surveys NOTIFY surveysChanged)
    Q_PROPERTY(QVariantList sent READ sent NOTIFY surveysChanged)
    Q_PROPERTY(QVariantList queued READ queued NOTIFY surveysChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString currentId READ currentId NOTIFY currentChanged)
    Q_PROPERTY(QString currentTitle READ currentTitle NOTIFY currentChanged)
    Q_PROPERTY(QString currentWindow READ currentWindow NOTIFY currentChanged)
    Q_PROPERTY(bool currentOpen READ currentOpen NOTIFY currentChanged)
    Q_PROPERTY(int currentTokens READ currentTokens NOTIFY currentChanged)
    Q_PROPERTY(bool currentSent READ currentSent NOTIFY currentChanged)
    Q_PROPERTY(QString currentSendBy READ currentSendBy NOTIFY currentChanged)
    Q_PROPERTY(QString surveyLanguage READ surveyLanguage WRITE setSurveyLanguage NOTIFY currentChanged)
    Q_PROPERTY(QVariantList questions READ questions NOTIFY currentChanged)
    Q_PROPERTY(QVariantList bands READ bands NOTIFY currentChanged)
    // The invitation readInvitation() read, until it is joined or another is read.
    Q_PROPERTY(saib::ui::InvitationRecord invitation READ invitation NOTIFY invitationChanged)
    // What the last successful preview() built.
    Q_PROPERTY(saib::ui::SurveyPreviewRecord lastPreview READ lastPreview NOTIFY previewChanged)

public:
    SurveyController(Vault &vault, AppController &app, QObject *parent = nullptr);

    QString server() const { return m_server; }
    QString bodyKey() const;
    QString bodyKeyFingerprint() const;
    QVariantList surveys() const { return m_surveys; }
    QVariantList sent() const { return m_sent; }
    QVariantList queued() const { return m_queued; }
    bool busy() const { return m_busy; }
    QString currentId() const;
    QString currentTitle() const;
    QString currentWindow() const;
    bool currentOpen() const;
    int currentTokens() const;
    bool currentSent() const;
    // "" unless the current survey's answers are queued; else when they will be sent.
    QString currentSendBy() const;
    QString surveyLanguage() const { return m_surveyLanguage; }
    void setSurveyLanguage(const QString &language);
    QVariantList questions() const;
    QVariantList bands() const;
    InvitationRecord invitation() const { return m_invitationShown; }
    SurveyPreviewRecord lastPreview() const { return m_lastPreview; }

    // "" clears the setting.
    Q_INVOKABLE saib::ui::OpResult setServer(const QString &url);
    Q_INVOKABLE saib::ui::OpResult setBodyKey(const QString &base64Key);
    // The normal way in: the survey body's signed invitation file. readInvitation fills
    // `invitation` (its bodyName in `language`, else the survey language) to show, so the
    // leader can compare the fingerprint with the body's letter or website; joinInvitation
    // then pins its key and uses its server. Typing a URL and key stays as the advanced path.
    Q_INVOKABLE saib::ui::OpResult readInvitation(const QString &pathOrUrl, const QString &language = QString());
    Q_INVOKABLE saib::ui::OpResult joinInvitation();
    // Fetches the list from the server; loadFinished follows (its message says how many
    // surveys were found, or refused).
    Q_INVOKABLE void refreshFromServer();
    // A signed definition saved as a file (e.g. sent by the body by email).
    Q_INVOKABLE saib::ui::OpResult loadFromFile(const QString &pathOrUrl);
    Q_INVOKABLE saib::ui::OpResult openSurvey(const QString &surveyId);
    Q_INVOKABLE void closeSurvey();

    // Answers: the value (null when blank), whether Saib pre-filled it, set and clear.
    Q_INVOKABLE QVariant answerFor(const QString &questionId) const;
    Q_INVOKABLE bool isPrefilled(const QString &questionId) const;
    Q_INVOKABLE void setAnswer(const QString &questionId, const QVariant &value);
    Q_INVOKABLE void clearAnswer(const QString &questionId);
    Q_INVOKABLE QString bandValue(const QString &key) const;
    Q_INVOKABLE void setBand(const QString &key, const QString &valueId);

    // Redeems an enrolment code for this survey's token; enrolFinished follows.
    Q_INVOKABLE void enrol(const QString &code);
    // Builds the payload from the current answers into `lastPreview`. Only these bytes can
    // be sent, and only until an answer changes.
    Q_INVOKABLE saib::ui::OpResult preview();
    // Queues the previewed bytes, sealed in the encrypted store, to be sent anonymously
    // at a random time 1-24 h from now (core/survey/SendSchedule.h); sendFinished
    // follows, and currentSendBy says when. While unlocked, a timer sends what is due
    // (on a fresh connection each) and retries what could not go.
    Q_INVOKABLE void send();
    // Sends everything queued at once, giving up the delay; outboxFinished follows (its
    // message says how many were sent), unless nothing was queued.
    Q_INVOKABLE void sendNow();

signals:
    void settingsChanged();
    void surveysChanged();
    void currentChanged();
    void busyChanged();
    void invitationChanged();
    void previewChanged();
    void loadFinished(const saib::ui::OpResult &result);
    void enrolFinished(const saib::ui::OpResult &result);
    void sendFinished(const saib::ui::OpResult &result);
    // After a send of queued answers, also the timer's when it sent or refused something.
    void outboxFinished(const saib::ui::OpResult &result);

private:
    void reload();
    void clearCurrent();
    void forgetInvitation();
    void setBusy(bool busy);
    QString setting(const QString &key) const;
    Error setSetting(const QString &key, const QString &value);
    std::optional<QByteArray> pinnedKey() const;
    // Verifies and stores; returns the definition or the error.
    Result<survey::SurveyDefinition> accept(const QByteArray &envelope, const QString &source);
    Result<survey::TokenWallet> loadWallet();
    Error saveWallet(const survey::TokenWallet &wallet);
    void prefill();
    void sendQueued(bool all);

    Vault &m_vault;
    AppController &m_app;
    QString m_server;
    QVariantList m_surveys;
    QVariantList m_sent;
    QVariantList m_queued;
    QTimer *m_outboxTimer = nullptr;
    bool m_outboxBusy = false;
    // Owns the clients of a send in progress: deleted on lock, so no reply arrives
    // after the database it would record into has closed.
    QObject *m_outboxRun = nullptr;
    QList<survey::SurveyDefinition> m_definitions;
    bool m_busy = false;

    std::optional<survey::SurveyDefinition> m_current;
    QString m_surveyLanguage;
    QVariantMap m_answers;
    QSet<QString> m_prefilled;
    survey::Demographics m_bands;
    int m_tokens = 0;
    // What the preview showed: the only bytes send() will send.
    QByteArray m_previewBytes;
    QByteArray m_previewTokenInput;
    QVariantList previewRows(const survey::SurveyPayload &payload) const;
    std::optional<survey::Invitation> m_invitation; // read, shown, not yet joined
    InvitationRecord m_invitationShown;
    SurveyPreviewRecord m_lastPreview;
};

} // namespace saib::ui
