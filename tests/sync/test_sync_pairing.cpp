// Pairing against attackers, through the real saib-relay: someone else who saw the code,
// a relay that rewrites the pairing messages, and a mistyped code. In every case the
// joining device, which already holds records, must not join and must push nothing.
#include "SyncFixtures.h"
#include "TamperingProxy.h"

#include <RelayHarness.h>
#include <core/protocol/Base64Url.h>
#include <core/protocol/Pairing.h>
#include <core/protocol/Wire.h>
#include <core/vault/Vault.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace saib;
using namespace saib::protocol;
using namespace saib::test;

namespace {
const QDate kToday(2026, 3, 9);

// A joining device that already holds three records of its own.
void addLocalRecords(SyncDevice &d)
{
    for (int i = 1; i <= 3; ++i)
        REQUIRE(d.store.checkins().save(checkinOn(kToday.addDays(-i), i, QStringLiteral("private note %1").arg(i)), kToday).ok());
}

void enable(SyncDevice &d, const QUrl &relay)
{
    const Error e = run([&](auto cb) { d.engine->enable(relay, cb); });
    INFO(e.detail.toStdString());
    REQUIRE(e.ok());
}

// Nothing was joined, saved or queued on the joining device.
void joinedNothing(SyncDevice &d)
{
    CHECK_FALSE(d.engine->isEnabled());
    CHECK_FALSE(d.engine->status().joining);
    CHECK(d.engine->status().pending == 0);
    // No identity or key was saved: a reload still finds sync off.
    sync::SyncEngine reloaded(*d.store.db, conflictTitle);
    REQUIRE(reloaded.load().ok());
    CHECK_FALSE(reloaded.isEnabled());
    CHECK(run([&](auto cb) { d.engine->syncNow(cb); }).code == ErrorCode::SyncNotEnabled);
}

QStringList deviceIds(SyncDevice &d)
{
    auto list = wait<Result<QList<DeviceInfo>>>([&](auto cb) { d.engine->listDevices(cb); });
    REQUIRE(list.ok());
    QStringList out;
    for (const DeviceInfo &i : list.value())
        out << i.deviceId;
    return out;
}

void happyPathWithLocalRecords(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate);
    SyncDevice laptop, phone;
    enable(laptop, relay.url());
    addLocalRecords(phone);
    PairingRun r = runPairing(*laptop.engine, *phone.engine, relay.url());
    REQUIRE(r.joined.ok());
    REQUIRE(r.approved->ok());
    REQUIRE(phone.engine->joinOffer().has_value());
    // The phone says what joining would share, and with which account and devices,
    // and has queued nothing yet.
    CHECK(phone.engine->joinOffer()->localRecords == 3);
    CHECK(phone.engine->joinOffer()->accountId == laptop.engine->status().accountId);
    CHECK(phone.engine->joinOffer()->deviceIds == QStringList{laptop.engine->status().deviceId});
    CHECK(phone.engine->status().pending == 0);
    CHECK_FALSE(phone.engine->isEnabled());
    REQUIRE(phone.engine->confirmJoin(r.approved->value().remove(QLatin1Char(' '))).ok());
    CHECK(phone.engine->isEnabled());
    CHECK(phone.engine->status().pending == 3);
    REQUIRE(run([&](auto cb) { phone.engine->syncNow(cb); }).ok());
    REQUIRE(run([&](auto cb) { laptop.engine->syncNow(cb); }).ok());
    CHECK(snapshot(*laptop.store.db) == snapshot(*phone.store.db));
    // The code was used once: typing it again finds a closed run.
    auto again = wait<Result<QString>>([&](auto cb) { laptop.engine->approveDevice(r.code, cb); });
    CHECK(again.error().code == ErrorCode::PairingFailed);
}

// (a) Someone in the staff room heard the code, and answers before the real device.
void thirdAccountAnswersFirst(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate);
    SyncDevice laptop, phone;
    enable(laptop, relay.url());
    addLocalRecords(phone);
    TestDevice intruder = newDevice(relay);
    registerAccount(intruder);
    const SecureBuffer intruderVault = newVaultKey();

    auto shown = wait<Result<QString>>([&](auto cb) { phone.engine->startJoin(relay.url(), cb); });
    REQUIRE(shown.ok());
    const QString code = normalisePairingCode(shown.value());
    const QString slot = pairingSlot(code);

    // The intruder knows the whole code, so it can run the PAKE: it answers first.
    auto m1 = readSlot(intruder, slot, {});
    REQUIRE(m1.ok());
    auto responder = PairingResponder::respond(code, m1.value().messages.first());
    REQUIRE(responder.ok());
    const QByteArray token = pairingToken();
    REQUIRE(postSlot(intruder, slot, token, 1, responder.value().reply()).ok());

    // The user's own laptop is refused: the code was answered already.
    auto real = wait<Result<QString>>([&](auto cb) { laptop.engine->approveDevice(shown.value(), cb); });
    REQUIRE_FALSE(real.ok());
    CHECK(real.error().code == ErrorCode::PairingFailed);

    // The intruder completes its run and even adds the phone to its own account.
    REQUIRE(run([&](auto cb) { phone.engine->finishJoin(cb); }).code == ErrorCode::PairingPending);
    auto m3 = readSlot(intruder, slot, token);
    REQUIRE(m3.ok());
    REQUIRE(m3.value().messages.size() == 3);
    auto device = responder.value().confirm(m3.value().messages[2]);
    REQUIRE(device.ok());
    REQUIRE(wait<Error>([&](auto cb) { intruder.client->addDevice(device.value().deviceId, device.value().publicKey, cb); }).ok());
    QString intruderSas;
    auto m4 = responder.value().welcome(intruder.client->accountId(), intruderVault, {intruder.deviceId()}, &intruderSas);
    REQUIRE(m4.ok());
    REQUIRE(postSlot(intruder, slot, token, 3, m4.value()).ok());
    REQUIRE(pollJoin(*phone.engine).ok());

    // The phone shows the intruder's account and string, which the user's laptop does
    // not show (it showed an error). The user does not confirm; typing anything else
    // is refused too.
    REQUIRE(phone.engine->joinOffer().has_value());
    CHECK(phone.engine->joinOffer()->accountId == intruder.client->accountId());
    CHECK(phone.engine->joinOffer()->accountId != laptop.engine->status().accountId);
    CHECK(phone.engine->joinOffer()->deviceIds == QStringList{intruder.deviceId()});
    CHECK(phone.engine->joinOffer()->sas == intruderSas);
    CHECK(phone.engine->status().pending == 0);
    QString wrong = intruderSas;
    wrong[0] = wrong.at(0) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    CHECK(phone.engine->confirmJoin(wrong).code == ErrorCode::PairingMismatch);
    joinedNothing(phone);

    // The intruder's account holds nothing of the phone's.
    auto pulled = pullAll(intruder);
    REQUIRE(pulled.ok());
    CHECK(pulled.value().envelopes.isEmpty());
    // And the laptop's account never gained a device.
    CHECK(deviceIds(laptop) == QStringList{laptop.engine->status().deviceId});
}

// (b) A relay that rewrites the pairing messages.
enum class Attack { OwnAnswer, SwappedDeviceKey };

QByteArray rewriteMessage(const QByteArray &json, int index, const std::function<QByteArray(const QByteArray &)> &change)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    QJsonArray list = o.value(QStringLiteral("messages")).toArray();
    if (list.size() <= index)
        return json;
    const QByteArray original = fromBase64Url(list.at(index).toString()).value_or(QByteArray());
    list.replace(index, toBase64Url(change(original)));
    o.insert(QStringLiteral("messages"), list);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void maliciousRelay(const Backend &backend, Attack attack)
{
    RelayProcess relay(backend, kFastRate);
    TamperingProxy proxy(relay.url());
    SyncDevice laptop, phone;
    enable(laptop, proxy.url());
    addLocalRecords(phone);

    // The proxy learns the joiner's token from the slot it opens; it knows the slot but
    // not the secret part of the code.
    auto joinerToken = std::make_shared<QString>();
    proxy.onRequest = [joinerToken](const QString &path, QByteArray &body) {
        if (path == QLatin1String("/v1/pairings"))
            *joinerToken = QJsonDocument::fromJson(body).object().value(QStringLiteral("token")).toString();
    };
    proxy.onResponse = [joinerToken, attack](const QString &path, const QByteArray &request, QByteArray &answer) {
        if (path != QLatin1String("/v1/pairings/read"))
            return;
        const QJsonObject req = QJsonDocument::fromJson(request).object();
        const bool fromJoiner = req.value(QStringLiteral("token")).toString() == *joinerToken;
        if (attack == Attack::OwnAnswer && fromJoiner) {
            // Replace the laptop's answer with the relay's own, made with a guess.
            answer = rewriteMessage(answer, 1, [&](const QByteArray &) {
                const QString guess = req.value(QStringLiteral("slot")).toString() + QStringLiteral("ABCDEF");
                const QJsonArray list = QJsonDocument::fromJson(answer).object().value(QStringLiteral("messages")).toArray();
                auto own = PairingResponder::respond(guess, fromBase64Url(list.at(0).toString()).value());
                return own.ok() ? own.value().reply() : QByteArray(96, 'x');
            });
        }
        if (attack == Attack::SwappedDeviceKey && !fromJoiner) {
            // Tamper with the sealed device description the laptop receives.
            answer = rewriteMessage(answer, 2, [](const QByteArray &m3) {
                QByteArray swapped = m3;
                for (int i = m3.size() - 40; i < m3.size() - 16; ++i)
                    swapped[i] = char(swapped.at(i) ^ 0x5a);
                return swapped;
            });
        }
    };

    PairingRun r = runPairing(*laptop.engine, *phone.engine, proxy.url());
    INFO(r.joined.detail.toStdString());
    CHECK(r.joined.code == ErrorCode::PairingFailed);
    REQUIRE(r.approved.has_value());
    REQUIRE_FALSE(r.approved->ok());
    CHECK(r.approved->error().code == ErrorCode::PairingFailed);
    CHECK_FALSE(phone.engine->joinOffer().has_value());
    joinedNothing(phone);
    // The phone was never added, and nothing reached the account.
    CHECK(deviceIds(laptop) == QStringList{laptop.engine->status().deviceId});
    REQUIRE(run([&](auto cb) { laptop.engine->syncNow(cb); }).ok());
    CHECK(snapshot(*laptop.store.db).isEmpty());
    // The code is dead even for a retry through the honest relay.
    auto retry = wait<Result<QString>>([&](auto cb) { laptop.engine->approveDevice(r.code, cb); });
    CHECK(retry.error().code == ErrorCode::PairingFailed);
}

void relayAnswersItself(const Backend &backend) { maliciousRelay(backend, Attack::OwnAnswer); }
void relaySwapsDeviceKey(const Backend &backend) { maliciousRelay(backend, Attack::SwappedDeviceKey); }

// (c) One mistyped character in the secret part kills the code.
void wrongCodeOnce(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate);
    SyncDevice laptop, phone;
    enable(laptop, relay.url());
    addLocalRecords(phone);
    auto shown = wait<Result<QString>>([&](auto cb) { phone.engine->startJoin(relay.url(), cb); });
    REQUIRE(shown.ok());
    QString typo = shown.value();
    typo[typo.size() - 1] = typo.at(typo.size() - 1) == QLatin1Char('Z') ? QLatin1Char('Y') : QLatin1Char('Z');
    auto approved = std::make_shared<std::optional<Result<QString>>>();
    laptop.engine->approveDevice(typo, [approved](Result<QString> r) { approved->emplace(std::move(r)); });
    const Error joined = pollJoin(*phone.engine);
    CHECK(joined.code == ErrorCode::PairingFailed);
    for (int i = 0; i < 100 && !approved->has_value(); ++i)
        wait<bool>([](auto cb) { QTimer::singleShot(50, [cb] { cb(true); }); });
    REQUIRE(approved->has_value());
    CHECK((*approved)->error().code == ErrorCode::PairingFailed);

    // The right code, typed now, is refused: the user starts again.
    auto right = wait<Result<QString>>([&](auto cb) { laptop.engine->approveDevice(shown.value(), cb); });
    CHECK(right.error().code == ErrorCode::PairingFailed);
    CHECK(run([&](auto cb) { phone.engine->finishJoin(cb); }).code == ErrorCode::PairingExpired);
    joinedNothing(phone);
    CHECK(deviceIds(laptop) == QStringList{laptop.engine->status().deviceId});

    // A fresh code works.
    pairAndConfirm(*laptop.engine, *phone.engine, relay.url());
    CHECK(phone.engine->isEnabled());
}
// saib-cli sync join without a terminal: refused unless --confirm is given, and a
// --confirm that does not match the digits joins nothing.
void cliJoinNeedsConfirmation(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate);
    SyncDevice laptop;
    enable(laptop, relay.url());
    QTemporaryDir dir;
    const QString pass = QStringLiteral("llwybr hir ar y mynydd");
    {
        Vault phone(dir.path(), KdfParams::minimum());
        REQUIRE(phone.create(pass).ok());
    }
    auto cli = [&](const QStringList &args) {
        auto *p = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SAIB_PASSPHRASE"), pass);
        p->setProcessEnvironment(env);
        p->setStandardInputFile(QProcess::nullDevice());
        p->start(QStringLiteral(SAIB_CLI_PATH), QStringList{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("sync")} + args);
        return std::unique_ptr<QProcess>(p);
    };
    const QString url = relay.url().toString();

    auto refused = cli({QStringLiteral("join"), url});
    REQUIRE(refused->waitForFinished(30000));
    CHECK(refused->exitCode() == 2);
    const QString out = QString::fromUtf8(refused->readAllStandardOutput());
    CHECK(QString::fromUtf8(refused->readAllStandardError()).contains(QStringLiteral("--confirm")));
    CHECK_FALSE(out.contains(QStringLiteral("code"))); // no code was even shown

    auto wrong = cli({QStringLiteral("join"), url, QStringLiteral("--confirm"), QStringLiteral("000 000")});
    QString shown;
    for (int i = 0; i < 200 && shown.isEmpty(); ++i) {
        wrong->waitForReadyRead(100);
        const QStringList lines = QString::fromUtf8(wrong->readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString &line : lines)
            if (isValidPairingCode(normalisePairingCode(line.trimmed())))
                shown = line.trimmed();
    }
    REQUIRE_FALSE(shown.isEmpty());
    auto sas = wait<Result<QString>>([&](auto cb) { laptop.engine->approveDevice(shown, cb); });
    REQUIRE(sas.ok());
    if (sas.value() == QStringLiteral("000 000"))
        return; // one chance in a million that the guess was right
    REQUIRE(wrong->waitForFinished(30000));
    CHECK(wrong->exitCode() == 1);
    CHECK(QString::fromUtf8(wrong->readAllStandardOutput()).contains(sas.value()));
    CHECK(QString::fromUtf8(wrong->readAllStandardError()).contains(QStringLiteral("did not match")));
    auto status = cli({QStringLiteral("status")});
    REQUIRE(status->waitForFinished(30000));
    CHECK(QString::fromUtf8(status->readAllStandardOutput()).contains(QStringLiteral("sync: off")));
}
} // namespace

RELAY_TEST("pairing: saib-cli sync join asks for the digits and refuses without them", cliJoinNeedsConfirmation)
RELAY_TEST("pairing: the joining device says what it will share and queues it only once confirmed", happyPathWithLocalRecords)
RELAY_TEST("pairing (a): another account that knew the code answers first, and nothing is joined or shared", thirdAccountAnswersFirst)
RELAY_TEST("pairing (b): a relay that answers with its own message makes the join fail", relayAnswersItself)
RELAY_TEST("pairing (b): a relay that swaps the new device's key makes the join fail", relaySwapsDeviceKey)
RELAY_TEST("pairing (c): a mistyped code is dead after one try", wrongCodeOnce)
