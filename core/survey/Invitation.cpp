#include "Invitation.h"

#include <core/protocol/Base64Url.h>

#include "BodySignature.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

namespace saib::survey {

namespace {
constexpr char kPurpose[] = "saib-survey-invitation-v1";
constexpr qsizetype kMaxInvitationBytes = 8 * 1024;

Error invalid(const QString &why) { return Error(ErrorCode::SurveyDefinitionInvalid, why); }

Error check(const Invitation &i)
{
    if (!isValidId(i.surveyId))
        return invalid(QStringLiteral("invitation: survey id"));
    if (i.bodyName.en.trimmed().isEmpty() || i.bodyName.cy.trimmed().isEmpty() || i.bodyName.en.size() > 200
        || i.bodyName.cy.size() > 200)
        return invalid(QStringLiteral("invitation: the body's name needs en and cy"));
    if (!isAcceptableSurveyServer(i.server))
        return invalid(QStringLiteral("invitation: the server must be https"));
    if (i.bodyKey.size() != kSignPublicKeyBytes)
        return Error(ErrorCode::SurveyBodyKeyInvalid);
    return {};
}
} // namespace

QString Invitation::fingerprint() const { return bodyKeyFingerprint(bodyKey); }

bool isAcceptableSurveyServer(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    const QHostAddress host(url.host());
    return url.scheme() == QLatin1String("http")
           && (url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback()));
}

Result<QByteArray> writeInvitation(const Invitation &invitation, const SigningKeyPair &key)
{
    Invitation i = invitation;
    i.bodyKey = key.publicKey;
    if (Error e = check(i))
        return e;
    const QByteArray inner = QJsonDocument(QJsonObject{{QStringLiteral("body_key"), toBase64(i.bodyKey)},
                                                       {QStringLiteral("body_name"), i.bodyName.toJson()},
                                                       {QStringLiteral("server"), i.server.toString()},
                                                       {QStringLiteral("survey"), i.surveyId}})
                                 .toJson(QJsonDocument::Compact);
    const QJsonObject outer{{QStringLiteral("format"), QString::fromLatin1(kPurpose)},
                            {QStringLiteral("invitation"), toBase64(inner)},
                            {QStringLiteral("signature"), toBase64(bodySign(kPurpose, inner, key))}};
    return QJsonDocument(outer).toJson(QJsonDocument::Indented);
}

Result<Invitation> readInvitation(const QByteArray &bytes)
{
    if (bytes.size() > kMaxInvitationBytes)
        return invalid(QStringLiteral("invitation: too large"));
    const QJsonObject outer = QJsonDocument::fromJson(bytes).object();
    if (outer.value(QStringLiteral("format")).toString() != QLatin1String(kPurpose)
        || !onlyKeys(outer, {QStringLiteral("format"), QStringLiteral("invitation"), QStringLiteral("signature")}))
        return invalid(QStringLiteral("not a Saib survey invitation"));
    auto inner = fromBase64(outer.value(QStringLiteral("invitation")));
    auto signature = fromBase64(outer.value(QStringLiteral("signature")));
    if (!inner || !signature)
        return invalid(QStringLiteral("invitation: members"));
    const QJsonObject o = QJsonDocument::fromJson(*inner).object();
    if (!onlyKeys(o, {QStringLiteral("body_key"), QStringLiteral("body_name"), QStringLiteral("server"),
                      QStringLiteral("survey")}))
        return invalid(QStringLiteral("invitation: unknown member"));
    Invitation i;
    auto key = fromBase64(o.value(QStringLiteral("body_key")), kSignPublicKeyBytes);
    auto name = LocalText::fromJson(o.value(QStringLiteral("body_name")));
    if (!key || !name)
        return invalid(QStringLiteral("invitation: body key or name"));
    i.bodyKey = *key;
    i.bodyName = *name;
    i.server = QUrl(o.value(QStringLiteral("server")).toString(), QUrl::StrictMode);
    i.surveyId = o.value(QStringLiteral("survey")).toString();
    if (Error e = check(i))
        return e;
    if (!bodyVerify(kPurpose, *inner, *signature, i.bodyKey))
        return Error(ErrorCode::SurveySignatureInvalid, QStringLiteral("invitation altered"));
    return i;
}

QString invitationLink(const QByteArray &invitationBytes)
{
    return QLatin1String(kInvitationLinkScheme) + protocol::toBase64Url(invitationBytes);
}

Result<QByteArray> invitationFromLink(const QString &link)
{
    const QString text = link.trimmed();
    const Error bad(ErrorCode::SurveyDefinitionInvalid, QStringLiteral("not an invitation link"));
    if (!text.startsWith(QLatin1String(kInvitationLinkScheme)) || text.size() > 2 * kMaxInvitationBytes)
        return bad;
    auto bytes = protocol::fromBase64Url(text.mid(int(qstrlen(kInvitationLinkScheme))));
    if (!bytes)
        return bad;
    return *bytes;
}

} // namespace saib::survey
