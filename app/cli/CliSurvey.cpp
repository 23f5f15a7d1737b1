#include "CliSurvey.h"
#include "CliSession.h"

#include <core/Await.h>
#include <core/Clock.h>
#include <core/ErrorMessages.h>
#include <core/store/SettingsStore.h>
#include <core/store/SurveyLocalStore.h>
#include <core/store/SurveyOutbox.h>
#include <core/survey/BodySignature.h>
#include <core/survey/EnrolmentCodes.h>
#include <core/survey/Invitation.h>
#include <core/survey/SignedDefinition.h>
#include <core/survey/SurveyClient.h>
#include <core/survey/SurveyJson.h>
#include <core/survey/SurveyPayload.h>
#include <core/survey/TokenWallet.h>
#include <core/vault/Vault.h>
#include <platform/TerminalInput.h>

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <memory>
#include <optional>

namespace saib::cli {

using namespace saib::survey;

namespace {
// The same settings the app's SurveyController keeps (so either can carry on the other's work).
const QString kServerKey = QStringLiteral("survey.server");
const QString kBodyKeyKey = QStringLiteral("survey.bodyKey");
constexpr qint64 kMaxFileBytes = 256 * 1024;

QString setting(Vault &vault, const QString &key)
{
    auto v = SettingsStore(*vault.database()).value(key);
    return v.ok() ? v.value() : QString();
}

std::optional<QByteArray> readSmallFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = f.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes)
        return std::nullopt;
    return bytes;
}

QString utc(const QDateTime &t) { return t.toUTC().toString(Qt::ISODate); }

bool askYes(const char *question)
{
    std::printf("%s [y/N] ", question);
    std::fflush(stdout);
    char buffer[16];
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return false;
    const QString a = QString::fromLocal8Bit(buffer).trimmed().toLower();
    return a == QLatin1String("y") || a == QLatin1String("yes");
}

// The verified definitions (against the pinned key), newest first.
Result<QList<SurveyDefinition>> definitions(Vault &vault)
{
    auto key = parseBodyPublicKey(setting(vault, kBodyKeyKey));
    if (!key.ok())
        return Error(ErrorCode::SurveyBodyKeyInvalid, QStringLiteral("join a survey first (survey join FILE)"));
    auto stored = SurveyLocalStore(*vault.database()).definitions();
    if (!stored.ok())
        return stored.error();
    QList<SurveyDefinition> out;
    for (const StoredSurvey &s : stored.value()) {
        auto def = verifySignedDefinition(s.envelope, key.value());
        if (def.ok())
            out.append(def.take());
    }
    return out;
}

Result<SurveyDefinition> definition(Vault &vault, const QString &surveyId)
{
    auto all = definitions(vault);
    if (!all.ok())
        return all.error();
    for (const SurveyDefinition &d : all.value()) {
        if (d.id == surveyId)
            return d;
    }
    return Error(ErrorCode::NotFound, surveyId);
}

Result<TokenWallet> loadWallet(Vault &vault)
{
    auto json = SurveyLocalStore(*vault.database()).wallet();
    if (!json.ok())
        return json.error();
    return json.value().isEmpty() ? Result<TokenWallet>(TokenWallet()) : TokenWallet::fromJson(json.value());
}

// Fetches the survey named by the invitation and keeps it if the pinned key signed it.
Error fetchAndKeep(Vault &vault, const QUrl &server, const QString &surveyId, const QByteArray &key)
{
    SurveyClient client(server);
    auto envelope = awaitCallback<Result<QByteArray>>([&](auto cb) { client.fetchSurvey(surveyId, cb); });
    if (!envelope.ok())
        return envelope.error();
    auto def = verifySignedDefinition(envelope.value(), key);
    if (!def.ok())
        return def.error();
    return SurveyLocalStore(*vault.database()).saveDefinition({def.value().id, envelope.value(), server.toString()});
}

// `path` is the invitation file, or its link (saib-invitation:...).
int join(Vault &vault, const QString &path, bool yes)
{
    std::optional<QByteArray> bytes;
    if (path.startsWith(QLatin1String(kInvitationLinkScheme))) {
        auto fromLink = invitationFromLink(path);
        if (!fromLink.ok())
            return fail(fromLink.error());
        bytes = fromLink.value();
    } else {
        bytes = readSmallFile(path);
    }
    if (!bytes)
        return usage(QStringLiteral("cannot read the invitation file %1").arg(path));
    auto invitation = readInvitation(*bytes);
    if (!invitation.ok())
        return fail(invitation.error());
    const Invitation &inv = invitation.value();
    // Shown before anything is saved: the fingerprint is what the leader compares with
    // the body's letter or website (the file proves only that its maker holds the key).
    std::printf("survey body:  %s / %s\nfingerprint:  %s\nserver:       %s\nsurvey:       %s\n",
                qUtf8Printable(inv.bodyName.in(QStringLiteral("en"))), qUtf8Printable(inv.bodyName.in(QStringLiteral("cy"))),
                qUtf8Printable(inv.fingerprint()), qUtf8Printable(inv.server.toString()), qUtf8Printable(inv.surveyId));
    if (!yes) {
        if (!platform::stdinIsTerminal())
            return usage(QStringLiteral("no terminal to ask on: compare the fingerprint, then pass --yes to join"));
        if (!askYes("Does the fingerprint match the one the survey body gave you? Join?")) {
            std::printf("Not joined.\n");
            return Ok;
        }
    }
    SettingsStore settings(*vault.database());
    if (Error e = settings.setValue(kServerKey, inv.server.toString()); !e.ok())
        return fail(e);
    if (Error e = settings.setValue(kBodyKeyKey, toBase64(inv.bodyKey)); !e.ok())
        return fail(e);
    if (Error e = fetchAndKeep(vault, inv.server, inv.surveyId, inv.bodyKey); !e.ok())
        return fail(e);
    std::printf("Joined. Survey %s verified and added.\n", qUtf8Printable(inv.surveyId));
    return Ok;
}

int list(Vault &vault)
{
    auto defs = definitions(vault);
    if (!defs.ok())
        return fail(defs.error());
    auto wallet = loadWallet(vault);
    auto queue = SurveyOutbox(*vault.database()).load();
    auto sent = SurveyLocalStore(*vault.database()).submissions();
    const QDate today = saib::Clock::today();
    for (const SurveyDefinition &d : defs.value()) {
        QString state;
        bool wasSent = false;
        if (sent.ok()) {
            for (const SentSurvey &s : sent.value())
                wasSent = wasSent || s.surveyId == d.id;
        }
        bool queued = false;
        if (queue.ok()) {
            for (const QueuedSubmission &q : queue.value().all())
                queued = queued || q.surveyId == d.id;
        }
        if (wasSent)
            state = QStringLiteral("sent");
        else if (queued)
            state = QStringLiteral("queued");
        else if (!d.isOpenOn(today))
            state = QStringLiteral("closed");
        else if (wallet.ok() && wallet.value().count(d.id) > 0)
            state = QStringLiteral("enrolled");
        else
            state = QStringLiteral("needs a code");
        std::printf("%s\t%s\t%s to %s\t%s\n", qUtf8Printable(d.id), qUtf8Printable(d.title.in(QStringLiteral("en"))),
                    qUtf8Printable(d.opens.toString(Qt::ISODate)), qUtf8Printable(d.closes.toString(Qt::ISODate)),
                    qUtf8Printable(state));
    }
    return Ok;
}

int show(Vault &vault, const QString &surveyId)
{
    auto def = definition(vault, surveyId);
    if (!def.ok())
        return fail(def.error());
    const SurveyDefinition &d = def.value();
    std::printf("%s: %s\nopen %s to %s\n\nquestions:\n", qUtf8Printable(d.id), qUtf8Printable(d.title.in(QStringLiteral("en"))),
                qUtf8Printable(d.opens.toString(Qt::ISODate)), qUtf8Printable(d.closes.toString(Qt::ISODate)));
    for (const Question &q : d.questions) {
        QString kind;
        switch (q.kind) {
        case QuestionKind::Scale: kind = QStringLiteral("scale %1-%2").arg(q.min).arg(q.max); break;
        case QuestionKind::Number: kind = QStringLiteral("number %1-%2").arg(q.min).arg(q.max); break;
        case QuestionKind::Choice: {
            QStringList ids;
            for (const ChoiceOption &o : q.options)
                ids << o.id;
            kind = QStringLiteral("choice (up to %1): %2").arg(q.maxChoices).arg(ids.join(QLatin1Char(',')));
            break;
        }
        case QuestionKind::TextShort: kind = QStringLiteral("text (up to %1)").arg(q.maxLength); break;
        }
        std::printf("  %s  [%s]  %s\n", qUtf8Printable(q.id), qUtf8Printable(kind), qUtf8Printable(q.text.in(QStringLiteral("en"))));
    }
    std::printf("bands (optional):\n");
    for (const DemographicBand &b : d.demographics) {
        QStringList ids;
        for (const ChoiceOption &v : b.values)
            ids << v.id;
        std::printf("  %s: %s\n", qUtf8Printable(b.key), qUtf8Printable(ids.join(QLatin1Char(','))));
    }
    std::printf("published tables:\n");
    for (const QStringList &t : d.tables)
        std::printf("  %s\n", t.isEmpty() ? "national" : qUtf8Printable(t.join(QStringLiteral(" x "))));
    std::printf("\nanswers file for 'survey answer': {\"answers\": {\"QUESTION\": value, ...}, \"bands\": {\"BAND\": \"VALUE\"}}\n");
    return Ok;
}

int enrol(Vault &vault, const QString &surveyId, const QString &code)
{
    if (code.isEmpty())
        return usage(QStringLiteral("survey enrol needs --code CODE"));
    auto def = definition(vault, surveyId);
    if (!def.ok())
        return fail(def.error());
    const QString server = setting(vault, kServerKey);
    if (server.isEmpty())
        return fail(Error(ErrorCode::SurveyServerNotSet));
    if (!normaliseEnrolmentCode(code))
        return fail(Error(ErrorCode::SurveyEnrolmentCodeInvalid));
    auto wallet = loadWallet(vault);
    if (!wallet.ok())
        return fail(wallet.error());
    // As in the app: the blinds are saved before the request, so a retry after a lost
    // reply sends the same request and gets the tokens.
    std::optional<PendingIssuance> kept = wallet.value().pending(surveyId);
    if (!kept) {
        auto fresh = TokenWallet::beginIssuance(surveyId, 1);
        if (!fresh.ok())
            return fail(fresh.error());
        wallet.value().keepPending(fresh.value());
        if (Error e = SurveyLocalStore(*vault.database()).saveWallet(wallet.value().toJson()); !e.ok())
            return fail(e);
        kept.emplace(fresh.take());
    }
    SurveyClient client{QUrl(server)};
    auto response = awaitCallback<Result<IssuanceResponse>>(
        [&](auto cb) { client.enrol(surveyId, code, kept->request(), cb); });
    if (!response.ok())
        return fail(response.error());
    auto fresh = loadWallet(vault);
    if (!fresh.ok())
        return fail(fresh.error());
    if (Error e = fresh.value().completeIssuance(std::move(*kept), response.value(), def.value().tokenKey); !e.ok())
        return fail(e);
    if (Error e = SurveyLocalStore(*vault.database()).saveWallet(fresh.value().toJson()); !e.ok())
        return fail(e);
    std::printf("Enrolled in %s: %d token(s).\n", qUtf8Printable(surveyId), fresh.value().count(surveyId));
    return Ok;
}

int answer(Vault &vault, const QString &surveyId, const QString &answersPath, bool yes)
{
    if (answersPath.isEmpty())
        return usage(QStringLiteral("survey answer needs --answers FILE"));
    auto def = definition(vault, surveyId);
    if (!def.ok())
        return fail(def.error());
    if (Error e = checkOpen(def.value(), saib::Clock::today()); !e.ok())
        return fail(e);
    auto bytes = readSmallFile(answersPath);
    if (!bytes)
        return usage(QStringLiteral("cannot read the answers file %1").arg(answersPath));
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes);
    if (!doc.isObject())
        return usage(QStringLiteral("the answers file is not a JSON object"));
    const QVariantMap answers = doc.object().value(QStringLiteral("answers")).toObject().toVariantMap();
    Demographics bands;
    const QJsonObject b = doc.object().value(QStringLiteral("bands")).toObject();
    for (auto it = b.begin(); it != b.end(); ++it)
        bands.insert(it.key(), it.value().toString());
    auto wallet = loadWallet(vault);
    if (!wallet.ok())
        return fail(wallet.error());
    auto token = wallet.value().next(surveyId);
    if (!token.ok())
        return fail(token.error());
    auto payload = buildPayload(def.value(), answers, bands, token.value());
    if (!payload.ok())
        return fail(payload.error());
    // The exact bytes, as they will leave (one line), then a readable layout.
    std::printf("exact payload (%d bytes):\n%s\n\nlaid out:\n%s\n", static_cast<int>(payload.value().bytes.size()),
                payload.value().bytes.constData(), qUtf8Printable(payload.value().prettyPrint()));
    if (!yes) {
        std::printf("\nNot queued. Run again with --yes to queue exactly these bytes.\n");
        return Ok;
    }
    const QString server = setting(vault, kServerKey);
    if (server.isEmpty())
        return fail(Error(ErrorCode::SurveyServerNotSet));
    auto at = SurveyOutbox(*vault.database())
                  .queue(def.value(), server, payload.value().bytes, token.value().input, saib::Clock::nowUtc());
    if (!at.ok())
        return fail(at.error());
    std::printf("\nQueued. Your answers will be sent anonymously by %s (UTC), when 'saib-cli survey send' "
                "runs after that time (or the app is open).\n", qUtf8Printable(utc(at.value())));
    return Ok;
}

int status(Vault &vault)
{
    auto queue = SurveyOutbox(*vault.database()).load();
    if (!queue.ok())
        return fail(queue.error());
    for (const QueuedSubmission &q : queue.value().all())
        std::printf("queued\t%s\tsend after %s\n", qUtf8Printable(q.surveyId), qUtf8Printable(utc(q.sendAfter)));
    auto sent = SurveyLocalStore(*vault.database()).submissions();
    if (!sent.ok())
        return fail(sent.error());
    for (const SentSurvey &s : sent.value())
        std::printf("sent\t%s\t%s\n", qUtf8Printable(s.surveyId), qUtf8Printable(utc(s.sentAt)));
    if (queue.value().isEmpty() && sent.value().isEmpty())
        std::printf("nothing queued or sent\n");
    return Ok;
}

int send(Vault &vault, bool now)
{
    if (now) {
        // Said every time: this is the one way to undo the delay.
        std::printf("Sending everything queued now. This gives up the random delay: the survey "
                    "server could pair these answers with your enrolment by their timing and address.\n");
    }
    QObject context;
    const OutboxReport report = awaitCallback<OutboxReport>(
        [&](auto cb) { SurveyOutbox(*vault.database()).sendDue(saib::Clock::nowUtc(), now, &context, cb); });
    std::printf("sent: %d, still queued: %d, refused: %d\n", report.sent, report.kept, report.refused);
    if (!report.firstError.ok())
        return fail(report.firstError);
    return Ok;
}
} // namespace

void addSurveyOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("yes"), QStringLiteral("For survey join and survey answer: go ahead without asking.")});
    p.addOption({QStringLiteral("code"), QStringLiteral("For survey enrol: the enrolment code from the survey body."), QStringLiteral("code")});
    p.addOption({QStringLiteral("answers"), QStringLiteral("For survey answer: a JSON file of answers and bands."), QStringLiteral("file")});
    p.addOption({QStringLiteral("now"), QStringLiteral("For survey send: send everything queued at once (gives up the delay).")});
}

int surveyCommand(Vault &vault, const QCommandLineParser &p, const QStringList &args)
{
    const QString verb = args.value(0);
    const bool known = (args.size() == 2 && (verb == QLatin1String("join") || verb == QLatin1String("show")
                                             || verb == QLatin1String("enrol") || verb == QLatin1String("answer")))
        || (args.size() == 1 && (verb == QLatin1String("list") || verb == QLatin1String("status")
                                 || verb == QLatin1String("send")));
    if (!known)
        return usage(QStringLiteral("survey needs one of: join FILE, list, show ID, enrol ID --code CODE, "
                                    "answer ID --answers FILE [--yes], status, send [--now]"));
    if (!unlockOrReport(vault))
        return Failed;
    const bool yes = p.isSet(QStringLiteral("yes"));
    if (verb == QLatin1String("join"))
        return join(vault, args[1], yes);
    if (verb == QLatin1String("list"))
        return list(vault);
    if (verb == QLatin1String("show"))
        return show(vault, args[1]);
    if (verb == QLatin1String("enrol"))
        return enrol(vault, args[1], p.value(QStringLiteral("code")));
    if (verb == QLatin1String("answer"))
        return answer(vault, args[1], p.value(QStringLiteral("answers")), yes);
    if (verb == QLatin1String("status"))
        return status(vault);
    return send(vault, p.isSet(QStringLiteral("now")));
}

} // namespace saib::cli
