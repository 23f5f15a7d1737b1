#include "BodyCommands.h"
#include <core/Await.h>
#include <core/io/AtomicFile.h>

#include <core/survey/BodySignature.h>
#include <core/survey/EnrolmentCodes.h>
#include <core/survey/Invitation.h>
#include <core/survey/SignedDefinition.h>
#include <core/survey/SurveyClient.h>
#include <core/survey/SurveyJson.h>
#include <core/survey/SurveyKeyFiles.h>
#include <app/qr/QrCode.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <optional>

namespace saib::surveybody {

using namespace saib::survey;

namespace {

constexpr qint64 kMaxInputFileBytes = 8 * 1024 * 1024;

// "--name value" pairs after the command word; a flag given twice keeps the last.
struct Args {
    QHash<QString, QString> values;
    QString problem;
    QString get(const char *name) const { return values.value(QString::fromLatin1(name)); }
    bool has(const char *name) const { return values.contains(QString::fromLatin1(name)); }
};

Args parseArgs(const QStringList &list, const QStringList &allowed)
{
    Args a;
    for (int i = 0; i < list.size(); ++i) {
        const QString &arg = list.at(i);
        if (!arg.startsWith(QLatin1String("--")) || !allowed.contains(arg.mid(2))) {
            a.problem = QStringLiteral("unexpected argument: ") + arg;
            return a;
        }
        if (i + 1 >= list.size()) {
            a.problem = arg + QStringLiteral(" needs a value");
            return a;
        }
        a.values.insert(arg.mid(2), list.at(++i));
    }
    return a;
}

std::optional<QByteArray> readFile(const QString &path, QTextStream &err)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err << "cannot read " << path << ": " << f.errorString() << "\n";
        return std::nullopt;
    }
    if (f.size() > kMaxInputFileBytes) {
        err << path << " is too large\n";
        return std::nullopt;
    }
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes, QTextStream &err,
               AtomicFile::Access access = AtomicFile::Access::Default)
{
    if (const Error e = AtomicFile::write(path, bytes, ErrorCode::StorageFailed, access)) {
        err << "cannot write " << e.detail << "\n";
        return false;
    }
    return true;
}

int fail(QTextStream &err, const Error &e)
{
    err << "error: " << e.detail << "\n";
    return 1;
}

int missing(QTextStream &err, const QString &what)
{
    err << "missing " << what << "\n\n" << usage();
    return 2;
}


int keygen(const Args &a, QTextStream &out, QTextStream &err)
{
    if (!a.has("out"))
        return missing(err, QStringLiteral("--out DIR"));
    const QDir dir(a.get("out"));
    if (!QDir().mkpath(dir.absolutePath()))
        return fail(err, Error(ErrorCode::StorageFailed, QStringLiteral("cannot create ") + dir.absolutePath()));
    const QString keyPath = dir.filePath(QStringLiteral("body.key"));
    if (QFile::exists(keyPath)) {
        err << keyPath << " exists: refusing to overwrite a signing key\n";
        return 1;
    }
    const SigningKeyPair key = SigningKeyPair::generate();
    if (Error e = writeSigningKey(keyPath, key))
        return fail(err, e);
    if (Error e = writePublicKey(dir.filePath(QStringLiteral("body.pub")), key.publicKey))
        return fail(err, e);
    out << "signing key:  " << keyPath << " (secret: keep it offline)\n"
        << "public key:   " << toBase64(key.publicKey) << "\n"
        << "fingerprint:  " << bodyKeyFingerprint(key.publicKey) << "\n"
        << "Publish the public key where leaders can check it; give body.pub to the relay operator.\n";
    return 0;
}

int surveyKeyCommand(const Args &a, QTextStream &out, QTextStream &err)
{
    if (!a.has("survey") || !a.has("out"))
        return missing(err, QStringLiteral("--survey ID and --out DIR"));
    const QString id = a.get("survey");
    if (!isValidId(id)) {
        err << "survey ids are 1-64 of a-z, 0-9, '-' and '_'\n";
        return 2;
    }
    const QDir dir(a.get("out"));
    QDir().mkpath(dir.absolutePath());
    const QString path = dir.filePath(id + QStringLiteral(".voprf"));
    if (QFile::exists(path)) {
        err << path << " exists: refusing to overwrite a survey key\n";
        return 1;
    }
    const voprf::KeyPair key = voprf::generateKeyPair();
    if (Error e = writeVoprfKey(path, id, key))
        return fail(err, e);
    out << "survey key:   " << path << " (secret: for the relay's --survey-keys directory only)\n"
        << "token_key:    " << toBase64(key.publicKey) << "\n";
    return 0;
}

int sign(const Args &a, QTextStream &out, QTextStream &err)
{
    if (!a.has("key") || !a.has("definition") || !a.has("out"))
        return missing(err, QStringLiteral("--key, --definition and --out"));
    auto key = readSigningKey(a.get("key"));
    if (!key.ok())
        return fail(err, key.error());
    auto definition = readFile(a.get("definition"), err);
    if (!definition)
        return 1;
    if (a.has("survey-key")) {
        // Fills in token_key from the survey's VOPRF key file, so it cannot be mistyped.
        QJsonObject o = QJsonDocument::fromJson(*definition).object();
        auto voprfKey = readVoprfKey(a.get("survey-key"), o.value(QStringLiteral("id")).toString());
        if (!voprfKey.ok())
            return fail(err, voprfKey.error());
        o.insert(QStringLiteral("token_key"), toBase64(voprfKey.value().publicKey));
        *definition = QJsonDocument(o).toJson(QJsonDocument::Indented);
    }
    auto envelope = signDefinition(*definition, key.value());
    if (!envelope.ok())
        return fail(err, envelope.error());
    if (!writeFile(a.get("out"), envelope.value(), err))
        return 1;
    auto check = verifySignedDefinition(envelope.value(), key.value().publicKey);
    out << "signed " << check.value().id << " (" << check.value().questions.size() << " questions, open "
        << check.value().opens.toString(Qt::ISODate) << " to " << check.value().closes.toString(Qt::ISODate)
        << ") -> " << a.get("out") << "\n";
    return 0;
}

int verify(const Args &a, QTextStream &out, QTextStream &err)
{
    if (!a.has("pub") || !a.has("signed"))
        return missing(err, QStringLiteral("--pub and --signed"));
    auto pub = readPublicKey(a.get("pub"));
    if (!pub.ok())
        return fail(err, pub.error());
    auto envelope = readFile(a.get("signed"), err);
    if (!envelope)
        return 1;
    auto definition = verifySignedDefinition(*envelope, pub.value());
    if (!definition.ok()) {
        err << "NOT VALID: " << (definition.error().detail.isEmpty() ? QStringLiteral("signature check failed")
                                                                       : definition.error().detail)
            << "\n";
        return 1;
    }
    out << "valid: " << definition.value().id << " signed by " << bodyKeyFingerprint(pub.value()) << "\n";
    return 0;
}

int codes(const Args &a, QTextStream &out, QTextStream &err)
{
    if (!a.has("key") || !a.has("survey") || !a.has("count") || !a.has("out") || !a.has("batch"))
        return missing(err, QStringLiteral("--key, --survey, --count, --out and --batch"));
    bool ok = false;
    const int count = a.get("count").toInt(&ok);
    if (!ok || count < 1 || count > kMaxCodesPerBatch) {
        err << "--count must be 1.." << kMaxCodesPerBatch << "\n";
        return 2;
    }
    auto key = readSigningKey(a.get("key"));
    if (!key.ok())
        return fail(err, key.error());
    EnrolmentCodeBatch batch;
    batch.surveyId = a.get("survey");
    QByteArray list;
    for (int i = 0; i < count; ++i) {
        const QString code = generateEnrolmentCode();
        list += code.toLatin1() + '\n';
        batch.hashes.append(enrolmentCodeHash(batch.surveyId, *normaliseEnrolmentCode(code)));
    }
    auto signedBatch = signEnrolmentCodes(batch, key.value());
    if (!signedBatch.ok())
        return fail(err, signedBatch.error());
    // The codes are secrets until handed out: owner-only from the first byte.
    if (!writeFile(a.get("out"), list, err, AtomicFile::Access::OwnerOnly)
        || !writeFile(a.get("batch"), signedBatch.value(), err))
        return 1;
    out << count << " codes -> " << a.get("out") << " (give one to each leader)\n"
        << "their hashes, signed -> " << a.get("batch") << " (upload with publish --codes)\n";
    return 0;
}

int publish(const Args &a, QTextStream &out, QTextStream &err)
{
    if (!a.has("relay") || (!a.has("signed") && !a.has("codes")))
        return missing(err, QStringLiteral("--relay and --signed and/or --codes"));
    SurveyClient client(QUrl(a.get("relay")));
    if (a.has("signed")) {
        auto envelope = readFile(a.get("signed"), err);
        if (!envelope)
            return 1;
        const Error e = awaitCallback<Error>([&](auto cb) { client.publish(*envelope, cb); });
        if (e)
            return fail(err, e);
        out << "published " << a.get("signed") << "\n";
    }
    if (a.has("codes")) {
        auto batch = readFile(a.get("codes"), err);
        if (!batch)
            return 1;
        const QString surveyId = QJsonDocument::fromJson(
            QByteArray::fromBase64(QJsonDocument::fromJson(*batch).object().value(QStringLiteral("batch")).toString().toLatin1()))
                                     .object().value(QStringLiteral("survey")).toString();
        auto added = awaitCallback<Result<int>>([&](auto cb) { client.uploadEnrolmentCodes(surveyId, *batch, cb); });
        if (!added.ok())
            return fail(err, added.error());
        out << "enrolment codes uploaded: " << added.value() << " new\n";
    }
    return 0;
}

int invite(const Args &a, QTextStream &out, QTextStream &err)
{
    if (!a.has("key") || !a.has("survey") || !a.has("relay") || !a.has("name-en") || !a.has("name-cy")
        || !a.has("out"))
        return missing(err, QStringLiteral("--key, --survey, --relay, --name-en, --name-cy and --out"));
    auto key = readSigningKey(a.get("key"));
    if (!key.ok())
        return fail(err, key.error());
    Invitation invitation;
    invitation.server = QUrl(a.get("relay"));
    invitation.surveyId = a.get("survey");
    invitation.bodyName = LocalText{a.get("name-en"), a.get("name-cy")};
    auto bytes = writeInvitation(invitation, key.value());
    if (!bytes.ok())
        return fail(err, bytes.error());
    if (!writeFile(a.get("out"), bytes.value(), err))
        return 1;
    const QString link = invitationLink(bytes.value());
    // The QR code carries the link, for the letter: a phone camera reads it and the leader
    // opens or pastes the link in Saib (Settings > Surveys).
    if (a.has("qr")) {
        const QByteArray svg = qr::svg(link);
        if (svg.isEmpty()) {
            err << "saib-survey-body: the invitation link is too long for a QR code\n";
            return 1;
        }
        if (!writeFile(a.get("qr"), svg, err))
            return 1;
    }
    // The fingerprint goes in the body's letter and on its website, for leaders to compare.
    out << "invitation:   " << a.get("out") << "\n"
        << "link:         " << link << "\n"
        << "fingerprint:  " << bodyKeyFingerprint(key.value().publicKey)
        << "  (print this in your letter and on your website)\n";
    return 0;
}

int results(const Args &a, QTextStream &out, QTextStream &err)
{
    if (!a.has("relay") || !a.has("survey"))
        return missing(err, QStringLiteral("--relay and --survey"));
    SurveyClient client(QUrl(a.get("relay")));
    const QStringList by = a.get("by").isEmpty() ? QStringList() : a.get("by").split(QLatin1Char(','));
    auto report = awaitCallback<Result<QJsonObject>>([&](auto cb) { client.results(a.get("survey"), by, cb); });
    if (!report.ok())
        return fail(err, report.error());
    out << QJsonDocument(report.value()).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace

QString usage()
{
    return QStringLiteral(
        "saib-survey-body: sign surveys, issue enrolment codes and read results.\n"
        "\n"
        "  keygen      --out DIR                      make body.key (secret) and body.pub\n"
        "  survey-key  --survey ID --out DIR          make DIR/ID.voprf (secret, for the relay)\n"
        "  sign        --key body.key --definition def.json [--survey-key ID.voprf] --out signed.json\n"
        "  verify      --pub body.pub --signed signed.json\n"
        "  codes       --key body.key --survey ID --count N --out codes.txt --batch codes.signed.json\n"
        "  publish     --relay URL [--signed signed.json] [--codes codes.signed.json]\n"
        "  invite      --key body.key --survey ID --relay URL --name-en NAME --name-cy NAME --out FILE\n"
        "              [--qr FILE.svg]                 the invitation file and link, and a QR code of the link\n"
        "  results     --relay URL --survey ID [--by phase,region]\n");
}

int runCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")
        || arguments.first() == QLatin1String("help")) {
        out << usage();
        return arguments.isEmpty() ? 2 : 0;
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    struct Command {
        const char *name;
        QStringList flags;
        int (*run)(const Args &, QTextStream &, QTextStream &);
    };
    const Command commands[] = {
        {"keygen", {QStringLiteral("out")}, keygen},
        {"survey-key", {QStringLiteral("survey"), QStringLiteral("out")}, surveyKeyCommand},
        {"sign", {QStringLiteral("key"), QStringLiteral("definition"), QStringLiteral("survey-key"), QStringLiteral("out")}, sign},
        {"verify", {QStringLiteral("pub"), QStringLiteral("signed")}, verify},
        {"codes", {QStringLiteral("key"), QStringLiteral("survey"), QStringLiteral("count"), QStringLiteral("out"),
                   QStringLiteral("batch")}, codes},
        {"publish", {QStringLiteral("relay"), QStringLiteral("signed"), QStringLiteral("codes")}, publish},
        {"results", {QStringLiteral("relay"), QStringLiteral("survey"), QStringLiteral("by")}, results},
        {"invite", {QStringLiteral("key"), QStringLiteral("survey"), QStringLiteral("relay"), QStringLiteral("name-en"),
                    QStringLiteral("name-cy"), QStringLiteral("out"), QStringLiteral("qr")}, invite},
    };
    for (const Command &c : commands) {
        if (command != QLatin1String(c.name))
            continue;
        const Args a = parseArgs(rest, c.flags);
        if (!a.problem.isEmpty()) {
            err << a.problem << "\n\n" << usage();
            return 2;
        }
        return c.run(a, out, err);
    }
    err << "unknown command: " << command << "\n\n" << usage();
    return 2;
}

} // namespace saib::surveybody
