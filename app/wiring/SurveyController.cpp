#include "SurveyController.h"
#include "VaultSettings.h"
#include "AppController.h"
#include "SurveyPrefillStats.h"
#include <core/Clock.h>

#include <core/ErrorMessages.h>
#include <core/store/InsightStores.h>
#include <core/store/SurveyLocalStore.h>
#include <core/store/SurveyOutbox.h>
#include <core/survey/BodySignature.h>
#include <core/survey/EnrolmentCodes.h>
#include <core/survey/Prefill.h>
#include <core/survey/SignedDefinition.h>
#include <core/protocol/Transport.h>
#include <core/survey/SurveyClient.h>
#include <core/vault/Vault.h>

#include <QCoreApplication>
#include <QFile>
#include <QJSValue>
#include <QJsonDocument>
#include <QLocale>
#include <QUrl>
#include <memory>

namespace saib::ui {

using namespace saib::survey;

namespace {
const QString kServerKey = QStringLiteral("survey.server");
const QString kBodyKeyKey = QStringLiteral("survey.bodyKey");
constexpr qint64 kMaxDefinitionFileBytes = 256 * 1024;

QString kindName(QuestionKind k)
{
    switch (k) {
    case QuestionKind::Scale: return QStringLiteral("scale");
    case QuestionKind::Number: return QStringLiteral("number");
    case QuestionKind::Choice: return QStringLiteral("choice");
    case QuestionKind::TextShort: return QStringLiteral("text");
    }
    return {};
}

QString bandLabel(const QString &key)
{
    if (key == QLatin1String("role"))
        return QCoreApplication::translate("Surveys", "Your role");
    if (key == QLatin1String("phase"))
        return QCoreApplication::translate("Surveys", "School phase");
    if (key == QLatin1String("years_in_role"))
        return QCoreApplication::translate("Surveys", "Years in this role");
    return QCoreApplication::translate("Surveys", "Region");
}

QString day(const QDate &d) { return QLocale().toString(d, QStringLiteral("d MMMM yyyy")); }
QString moment(const QDateTime &t) { return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat); }
// How often the queue is looked at while unlocked: the send times are spread over a day,
// so a minute late is nothing, and an offline send is retried at this pace.
constexpr int kOutboxCheckMs = 60 * 1000;

bool isBlank(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    if (v.typeId() == QMetaType::QString)
        return v.toString().trimmed().isEmpty();
    if (v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QStringList)
        return v.toList().isEmpty();
    return false;
}
} // namespace

SurveyController::SurveyController(Vault &vault, AppController &app, QObject *parent)
    : QObject(parent), m_vault(vault), m_app(app)
{
    connect(&app, &AppController::stateChanged, this, [this] {
        if (!m_vault.isUnlocked())
            clearCurrent(); // nothing about a survey stays in memory once locked
        reload();
    });
    connect(&app, &AppController::languageChanged, this, [this] {
        reload();
        emit currentChanged();
    });
    // Queued answers can only be read (and so sent) while the store is unlocked.
    m_outboxTimer = new QTimer(this);
    m_outboxTimer->setInterval(kOutboxCheckMs);
    connect(m_outboxTimer, &QTimer::timeout, this, [this] { sendQueued(false); });
    connect(&app, &AppController::stateChanged, this, [this] {
        if (m_vault.isUnlocked()) {
            m_outboxTimer->start();
            sendQueued(false);
        } else {
            m_outboxTimer->stop();
            delete m_outboxRun; // its replies would write into a closed store
            m_outboxRun = nullptr;
            m_outboxBusy = false;
        }
    });
    if (m_vault.isUnlocked())
        m_outboxTimer->start();
    reload();
}

QString SurveyController::setting(const QString &key) const
{
    return readSetting(const_cast<Vault &>(m_vault), key);
}

Error SurveyController::setSetting(const QString &key, const QString &value)
{
    return writeSetting(m_vault, key, value);
}

QString SurveyController::bodyKey() const { return setting(kBodyKeyKey); }

std::optional<QByteArray> SurveyController::pinnedKey() const
{
    auto key = parseBodyPublicKey(bodyKey());
    if (!key.ok())
        return std::nullopt;
    return key.value();
}

QString SurveyController::bodyKeyFingerprint() const
{
    const auto key = pinnedKey();
    return key ? survey::bodyKeyFingerprint(*key) : QString();
}

void SurveyController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

// Re-reads settings, the stored definitions (verifying each again: a changed pinned key
// hides surveys signed by the old one) and the record of what was sent.
void SurveyController::reload()
{
    m_server = setting(kServerKey);
    m_definitions.clear();
    m_surveys.clear();
    m_sent.clear();
    m_queued.clear();
    const auto key = pinnedKey();
    if (m_vault.isUnlocked()) {
        SurveyLocalStore store(*m_vault.database());
        QHash<QString, QString> queuedIds; // survey -> when it will be sent
        if (auto queue = SurveyOutbox(*m_vault.database()).load(); queue.ok()) {
            for (const QueuedSubmission &q : queue.value().all()) {
                queuedIds.insert(q.surveyId, moment(q.sendAfter));
                m_queued << QVariantMap{{QStringLiteral("surveyId"), q.surveyId},
                                        {QStringLiteral("sendBy"), moment(q.sendAfter)},
                                        {QStringLiteral("server"), q.server},
                                        {QStringLiteral("payload"), SurveyPayload{q.bytes}.prettyPrint()}};
            }
        }
        auto submissions = store.submissions();
        QSet<QString> sentIds;
        if (submissions.ok()) {
            for (const SentSurvey &s : submissions.value()) {
                sentIds.insert(s.surveyId);
                m_sent << QVariantMap{
                    {QStringLiteral("surveyId"), s.surveyId},
                    {QStringLiteral("sentAt"), QLocale().toString(s.sentAt.toLocalTime(), QLocale::ShortFormat)},
                    {QStringLiteral("server"), s.server},
                    {QStringLiteral("payload"), SurveyPayload{s.payload}.prettyPrint()}};
            }
        }
        auto wallet = loadWallet();
        auto stored = store.definitions();
        if (key && stored.ok()) {
            const QDate today = saib::Clock::today();
            for (const StoredSurvey &s : stored.value()) {
                auto def = verifySignedDefinition(s.envelope, *key);
                if (!def.ok())
                    continue;
                m_definitions.append(def.value());
                const SurveyDefinition &d = def.value();
                m_surveys << QVariantMap{
                    {QStringLiteral("id"), d.id},
                    {QStringLiteral("title"), d.title.in(m_app.language())},
                    {QStringLiteral("window"), QCoreApplication::translate("Surveys", "Open %1 to %2").arg(day(d.opens), day(d.closes))},
                    {QStringLiteral("open"), d.isOpenOn(today)},
                    {QStringLiteral("tokens"), wallet.ok() ? wallet.value().count(d.id) : 0},
                    {QStringLiteral("sent"), sentIds.contains(d.id)},
                    {QStringLiteral("queued"), queuedIds.contains(d.id)},
                    {QStringLiteral("sendBy"), queuedIds.value(d.id)},
                    {QStringLiteral("source"), s.source}};
            }
        }
        // The queue shows titles where the survey is still known (ids otherwise).
        for (QVariant &v : m_queued) {
            QVariantMap item = v.toMap();
            item.insert(QStringLiteral("title"), item.value(QStringLiteral("surveyId")));
            for (const SurveyDefinition &d : m_definitions) {
                if (d.id == item.value(QStringLiteral("surveyId")).toString())
                    item.insert(QStringLiteral("title"), d.title.in(m_app.language()));
            }
            v = item;
        }
    }
    emit settingsChanged();
    emit surveysChanged();
}

OpResult SurveyController::setServer(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty()) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return OpResult::failure(QCoreApplication::translate("Surveys", "Enter the server address in full, starting with https://"));
        if (Error e = protocol::checkTransport(url); !e.ok())
            return OpResult::from(e);
    }
    if (Error e = setSetting(kServerKey, trimmed))
        return OpResult::from(e);
    reload();
    return {};
}

OpResult SurveyController::setBodyKey(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty()) {
        auto key = parseBodyPublicKey(trimmed);
        if (!key.ok())
            return OpResult::from(key.error());
    }
    if (Error e = setSetting(kBodyKeyKey, trimmed))
        return OpResult::from(e);
    reload();
    return {};
}

Result<SurveyDefinition> SurveyController::accept(const QByteArray &envelope, const QString &source)
{
    const auto key = pinnedKey();
    if (!key)
        return Error(ErrorCode::SurveyBodyKeyInvalid, QStringLiteral("no pinned key"));
    auto def = verifySignedDefinition(envelope, *key);
    if (!def.ok())
        return def.error();
    if (Error e = SurveyLocalStore(*m_vault.database()).saveDefinition({def.value().id, envelope, source}))
        return e;
    return def;
}

void SurveyController::refreshFromServer()
{
    if (!m_vault.isUnlocked() || m_busy)
        return;
    if (m_server.isEmpty()) {
        emit loadFinished(OpResult::from(ErrorCode::SurveyServerNotSet));
        return;
    }
    if (!pinnedKey()) {
        emit loadFinished(OpResult::failure(QCoreApplication::translate("Surveys", "Enter the survey body's public key first.")));
        return;
    }
    setBusy(true);
    auto *client = new SurveyClient(QUrl(m_server), this);
    client->listSurveys([this, client](Result<QList<QByteArray>> list) {
        client->deleteLater();
        setBusy(false);
        if (!list.ok()) {
            emit loadFinished(OpResult::from(list.error()));
            return;
        }
        int accepted = 0;
        Error refusal;
        for (const QByteArray &envelope : list.value()) {
            auto def = accept(envelope, m_server);
            if (def.ok())
                ++accepted;
            else if (refusal.ok())
                refusal = def.error();
        }
        reload();
        const int refused = static_cast<int>(list.value().size()) - accepted;
        if (refused > 0)
            emit loadFinished(OpResult::failure(QCoreApplication::translate("Surveys", "%n survey(s) from the server were refused: ", "", refused)
                                                    + errorMessage(refusal),
                                                refusal.code));
        else
            emit loadFinished(OpResult::success(QCoreApplication::translate("Surveys", "%n verified survey(s) found.", "", accepted)));
    });
}

OpResult SurveyController::loadFromFile(const QString &pathOrUrl)
{
    if (!m_vault.isUnlocked())
        return OpResult::from(ErrorCode::Locked);
    if (!pinnedKey())
        return OpResult::failure(QCoreApplication::translate("Surveys", "Enter the survey body's public key first."));
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl.trimmed();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return OpResult::failure(QCoreApplication::translate("Surveys", "That file could not be opened."));
    const QByteArray envelope = file.read(kMaxDefinitionFileBytes + 1);
    if (envelope.size() > kMaxDefinitionFileBytes)
        return OpResult::from(ErrorCode::SurveyDefinitionInvalid);
    auto def = accept(envelope, path);
    if (!def.ok())
        return OpResult::from(def.error());
    reload();
    return {};
}

void SurveyController::forgetInvitation()
{
    m_invitation.reset();
    m_invitationShown = {};
    emit invitationChanged();
}

OpResult SurveyController::readInvitation(const QString &pathOrUrl, const QString &language)
{
    forgetInvitation();
    QByteArray bytes;
    if (pathOrUrl.trimmed().startsWith(QLatin1String(kInvitationLinkScheme))) {
        auto fromLink = invitationFromLink(pathOrUrl); // pasted from the body's email or page
        if (!fromLink.ok())
            return OpResult::from(fromLink.error());
        bytes = fromLink.value();
    } else {
        const QUrl url(pathOrUrl);
        QFile file(url.isLocalFile() ? url.toLocalFile() : pathOrUrl.trimmed());
        if (!file.open(QIODevice::ReadOnly))
            return OpResult::failure(QCoreApplication::translate("Surveys", "That file could not be opened."));
        bytes = file.read(64 * 1024);
    }
    // The invitation proves only that its maker holds the key inside it: the leader
    // compares the fingerprint shown with the one in the body's letter before joining.
    auto invitation = survey::readInvitation(bytes);
    if (!invitation.ok())
        return OpResult::from(invitation.error());
    m_invitation = invitation.value();
    m_invitationShown.bodyName = m_invitation->bodyName.in(language.isEmpty() ? surveyLanguage() : language);
    m_invitationShown.fingerprint = m_invitation->fingerprint();
    m_invitationShown.server = m_invitation->server.toString();
    m_invitationShown.survey = m_invitation->surveyId;
    emit invitationChanged();
    return {};
}

OpResult SurveyController::joinInvitation()
{
    if (!m_invitation)
        return OpResult::from(ErrorCode::NotFound);
    if (Error e = setSetting(kServerKey, m_invitation->server.toString()))
        return OpResult::from(e);
    if (Error e = setSetting(kBodyKeyKey, toBase64(m_invitation->bodyKey)))
        return OpResult::from(e);
    forgetInvitation();
    reload();
    return {};
}

OpResult SurveyController::openSurvey(const QString &surveyId)
{
    clearCurrent();
    for (const SurveyDefinition &d : m_definitions) {
        if (d.id == surveyId) {
            m_current = d;
            break;
        }
    }
    if (!m_current)
        return OpResult::from(ErrorCode::NotFound);
    m_surveyLanguage = m_app.language();
    auto wallet = loadWallet();
    m_tokens = wallet.ok() ? wallet.value().count(surveyId) : 0;
    prefill();
    emit currentChanged();
    return {};
}

void SurveyController::clearCurrent()
{
    m_current.reset();
    m_answers.clear();
    m_prefilled.clear();
    m_bands.clear();
    m_tokens = 0;
    m_previewBytes.clear();
    m_previewTokenInput.clear();
}

void SurveyController::closeSurvey()
{
    clearCurrent();
    emit currentChanged();
}

// Pre-fills from check-ins and ratings inside the survey window, up to today.
void SurveyController::prefill()
{
    if (!m_current || !m_vault.isUnlocked())
        return;
    const QDate today = saib::Clock::today();
    const QDate from = m_current->opens;
    const QDate to = qMin(m_current->closes, today);
    QVector<Checkin> checkins;
    QVector<WeeklyRating> ratings;
    if (from <= to) {
        auto c = m_vault.checkins().between(from, to);
        if (c.ok())
            checkins = c.take();
        auto r = RatingStore(*m_vault.database()).between(weekStart(from), to);
        if (r.ok())
            ratings = r.take();
    }
    m_answers = prefillAnswers(*m_current, surveySummaryStats(checkins, ratings));
    for (auto it = m_answers.begin(); it != m_answers.end(); ++it)
        m_prefilled.insert(it.key());
}

QString SurveyController::currentId() const { return m_current ? m_current->id : QString(); }
QString SurveyController::currentTitle() const { return m_current ? m_current->title.in(m_surveyLanguage) : QString(); }
QString SurveyController::currentWindow() const
{
    return m_current ? QCoreApplication::translate("Surveys", "Open %1 to %2").arg(day(m_current->opens), day(m_current->closes)) : QString();
}
bool SurveyController::currentOpen() const { return m_current && m_current->isOpenOn(saib::Clock::today()); }
int SurveyController::currentTokens() const { return m_tokens; }

QString SurveyController::currentSendBy() const
{
    for (const QVariant &v : m_queued) {
        if (m_current && v.toMap().value(QStringLiteral("surveyId")).toString() == m_current->id)
            return v.toMap().value(QStringLiteral("sendBy")).toString();
    }
    return {};
}

// Answered: sent, or queued to be sent (either way it cannot be answered again).
bool SurveyController::currentSent() const
{
    if (!currentSendBy().isEmpty())
        return true;
    for (const QVariant &v : m_sent) {
        if (m_current && v.toMap().value(QStringLiteral("surveyId")).toString() == m_current->id)
            return true;
    }
    return false;
}

void SurveyController::setSurveyLanguage(const QString &language)
{
    const QString lang = language == QLatin1String("cy") ? language : QStringLiteral("en");
    if (lang != m_surveyLanguage) {
        m_surveyLanguage = lang;
        emit currentChanged();
    }
}

QVariantList SurveyController::questions() const
{
    QVariantList out;
    if (!m_current)
        return out;
    for (const Question &q : m_current->questions) {
        QVariantList options;
        for (const ChoiceOption &o : q.options)
            options << QVariantMap{{QStringLiteral("id"), o.id}, {QStringLiteral("label"), o.label.in(m_surveyLanguage)}};
        out << QVariantMap{{QStringLiteral("id"), q.id},
                           {QStringLiteral("kind"), kindName(q.kind)},
                           {QStringLiteral("text"), q.text.in(m_surveyLanguage)},
                           {QStringLiteral("min"), q.min},
                           {QStringLiteral("max"), q.max},
                           {QStringLiteral("decimals"), q.decimals},
                           {QStringLiteral("maxChoices"), q.maxChoices},
                           {QStringLiteral("maxLength"), q.maxLength},
                           {QStringLiteral("options"), options}};
    }
    return out;
}

QVariantList SurveyController::bands() const
{
    QVariantList out;
    if (!m_current)
        return out;
    for (const DemographicBand &b : m_current->demographics) {
        QVariantList values;
        for (const ChoiceOption &v : b.values)
            values << QVariantMap{{QStringLiteral("id"), v.id}, {QStringLiteral("label"), v.label.in(m_surveyLanguage)}};
        out << QVariantMap{{QStringLiteral("key"), b.key}, {QStringLiteral("label"), bandLabel(b.key)},
                           {QStringLiteral("values"), values}};
    }
    return out;
}

QVariant SurveyController::answerFor(const QString &questionId) const
{
    const QVariant v = m_answers.value(questionId);
    // A plain list, so QML sees a real JavaScript array.
    if (v.typeId() == QMetaType::QStringList)
        return QVariant(v.toList());
    return v;
}

bool SurveyController::isPrefilled(const QString &questionId) const { return m_prefilled.contains(questionId); }

void SurveyController::setAnswer(const QString &questionId, const QVariant &raw)
{
    if (!m_current || !m_current->question(questionId))
        return;
    const QVariant value = raw.metaType() == QMetaType::fromType<QJSValue>() ? raw.value<QJSValue>().toVariant() : raw;
    if (isBlank(value))
        m_answers.remove(questionId);
    else
        m_answers.insert(questionId, value);
    m_prefilled.remove(questionId); // the leader's own answer now
    m_previewBytes.clear();         // what was previewed is no longer what would be sent
}

void SurveyController::clearAnswer(const QString &questionId) { setAnswer(questionId, QVariant()); }

QString SurveyController::bandValue(const QString &key) const { return m_bands.value(key); }

void SurveyController::setBand(const QString &key, const QString &valueId)
{
    if (valueId.isEmpty())
        m_bands.remove(key);
    else
        m_bands.insert(key, valueId);
    m_previewBytes.clear();
}

Result<TokenWallet> SurveyController::loadWallet()
{
    if (!m_vault.isUnlocked())
        return Error(ErrorCode::Locked);
    auto json = SurveyLocalStore(*m_vault.database()).wallet();
    if (!json.ok())
        return json.error();
    if (json.value().isEmpty())
        return TokenWallet();
    return TokenWallet::fromJson(json.value());
}

Error SurveyController::saveWallet(const TokenWallet &wallet)
{
    if (!m_vault.isUnlocked())
        return Error(ErrorCode::Locked);
    return SurveyLocalStore(*m_vault.database()).saveWallet(wallet.toJson());
}

void SurveyController::enrol(const QString &code)
{
    if (!m_current || m_busy)
        return;
    if (m_server.isEmpty())
        return emit enrolFinished(OpResult::from(ErrorCode::SurveyServerNotSet));
    if (!normaliseEnrolmentCode(code))
        return emit enrolFinished(OpResult::from(ErrorCode::SurveyEnrolmentCodeInvalid));
    // The blinds are saved before the request leaves, and a retry sends the same ones:
    // if the reply was lost, the server answers the repeat and the leader is not locked out.
    auto stored = loadWallet();
    if (!stored.ok())
        return emit enrolFinished(OpResult::from(stored.error()));
    std::optional<PendingIssuance> kept = stored.value().pending(m_current->id);
    if (!kept) {
        auto fresh = TokenWallet::beginIssuance(m_current->id, 1);
        if (!fresh.ok())
            return emit enrolFinished(OpResult::from(fresh.error()));
        stored.value().keepPending(fresh.value());
        if (Error e = saveWallet(stored.value()))
            return emit enrolFinished(OpResult::from(e));
        kept.emplace(fresh.take());
    }
    setBusy(true);
    auto shared = std::make_shared<PendingIssuance>(std::move(*kept));
    auto *client = new SurveyClient(QUrl(m_server), this);
    const SurveyDefinition def = *m_current;
    client->enrol(def.id, code, shared->request(), [this, client, shared, def](Result<IssuanceResponse> response) {
        client->deleteLater();
        setBusy(false);
        if (!response.ok())
            return emit enrolFinished(OpResult::from(response.error()));
        auto wallet = loadWallet();
        if (!wallet.ok())
            return emit enrolFinished(OpResult::from(wallet.error()));
        // The proof is checked against the key in the signed definition, never the server's word.
        if (Error e = wallet.value().completeIssuance(std::move(*shared), response.value(), def.tokenKey))
            return emit enrolFinished(OpResult::from(e));
        if (Error e = saveWallet(wallet.value()))
            return emit enrolFinished(OpResult::from(e));
        if (m_current && m_current->id == def.id)
            m_tokens = wallet.value().count(def.id);
        reload();
        emit currentChanged();
        emit enrolFinished(OpResult::success());
    });
}

// Every answer and band as it will be sent, read back from the payload itself (so the
// table cannot differ from the bytes), in the survey language. An empty value means
// left blank (answers) or "prefer not to say" (bands); the page words those.
QVariantList SurveyController::previewRows(const SurveyPayload &payload) const
{
    QVariantList rows;
    auto parsed = parsePayload(*m_current, payload.bytes);
    if (!parsed.ok())
        return rows;
    const SurveyResponse &r = parsed.value().response;
    for (const Question &q : m_current->questions) {
        const QVariant v = r.answers.value(q.id);
        QString shown;
        if (v.isValid()) {
            switch (q.kind) {
            case QuestionKind::Scale:
                shown = QString::number(v.toInt());
                break;
            case QuestionKind::Number:
                shown = QLocale().toString(v.toDouble(), 'f', q.decimals);
                break;
            case QuestionKind::Choice: {
                QStringList labels;
                for (const ChoiceOption &o : q.options) {
                    if (v.toStringList().contains(o.id))
                        labels << o.label.in(m_surveyLanguage);
                }
                shown = labels.join(QStringLiteral(", "));
                break;
            }
            case QuestionKind::TextShort:
                shown = v.toString();
                break;
            }
        }
        rows << QVariantMap{{QStringLiteral("id"), q.id}, {QStringLiteral("label"), q.text.in(m_surveyLanguage)},
                            {QStringLiteral("value"), shown}, {QStringLiteral("band"), false}};
    }
    for (const DemographicBand &b : m_current->demographics) {
        QString shown;
        for (const ChoiceOption &v : b.values) {
            if (v.id == r.demographics.value(b.key))
                shown = v.label.in(m_surveyLanguage);
        }
        rows << QVariantMap{{QStringLiteral("id"), b.key}, {QStringLiteral("label"), bandLabel(b.key)},
                            {QStringLiteral("value"), shown}, {QStringLiteral("band"), true}};
    }
    return rows;
}

OpResult SurveyController::preview()
{
    m_previewBytes.clear();
    if (!m_current)
        return OpResult::from(ErrorCode::NotFound);
    if (Error e = checkOpen(*m_current, saib::Clock::today()))
        return OpResult::from(e);
    auto wallet = loadWallet();
    if (!wallet.ok())
        return OpResult::from(wallet.error());
    auto token = wallet.value().next(m_current->id);
    if (!token.ok())
        return OpResult::failure(
            QCoreApplication::translate("Surveys", "Enrol with your code first: the payload carries a one-time token."),
            token.error().code);
    auto payload = buildPayload(*m_current, m_answers, m_bands, token.value());
    if (!payload.ok())
        return OpResult::from(payload.error());
    m_previewBytes = payload.value().bytes;
    m_previewTokenInput = token.value().input;
    m_lastPreview.rows = previewRows(payload.value());
    m_lastPreview.text = payload.value().prettyPrint();
    m_lastPreview.size = static_cast<int>(m_previewBytes.size());
    emit previewChanged();
    return {};
}

void SurveyController::send()
{
    if (!m_current || m_busy)
        return;
    if (m_previewBytes.isEmpty())
        return emit sendFinished(OpResult::failure(QCoreApplication::translate("Surveys", "Open the preview first: only what you have seen can be sent.")));
    if (m_server.isEmpty())
        return emit sendFinished(OpResult::from(ErrorCode::SurveyServerNotSet));
    if (!m_vault.isUnlocked())
        return emit sendFinished(OpResult::from(ErrorCode::Locked));
    // Not sent now: sealed in the encrypted store with a random send time, so the
    // submission cannot be paired with this session's enrolment by its timing.
    auto at = SurveyOutbox(*m_vault.database())
                  .queue(*m_current, m_server, m_previewBytes, m_previewTokenInput, saib::Clock::nowUtc());
    m_previewBytes.clear();
    if (!at.ok())
        return emit sendFinished(OpResult::from(at.error()));
    auto wallet = loadWallet();
    m_tokens = wallet.ok() ? wallet.value().count(m_current->id) : 0;
    reload();
    emit currentChanged();
    emit sendFinished(OpResult::success());
    sendQueued(false); // due at once only when the survey closes within the hour
}

void SurveyController::sendNow() { sendQueued(true); }

void SurveyController::sendQueued(bool all)
{
    if (!m_vault.isUnlocked() || m_outboxBusy)
        return;
    m_outboxBusy = true;
    m_outboxRun = new QObject(this);
    SurveyOutbox(*m_vault.database()).sendDue(saib::Clock::nowUtc(), all, m_outboxRun, [this, all](OutboxReport report) {
        m_outboxBusy = false;
        m_outboxRun->deleteLater();
        m_outboxRun = nullptr;
        if (!m_vault.isUnlocked())
            return;
        reload();
        emit currentChanged();
        if (report.sent == 0 && report.refused == 0 && (!all || report.kept == 0))
            return; // nothing was due: stay quiet
        if (!report.firstError.ok())
            emit outboxFinished(OpResult::failure(
                QCoreApplication::translate("Surveys", "Not all queued answers could be sent: %1").arg(errorMessage(report.firstError)),
                report.firstError.code));
        else
            emit outboxFinished(OpResult::success(QCoreApplication::translate("Surveys", "%n queued survey answer(s) sent.", "", report.sent)));
    });
}

} // namespace saib::ui
