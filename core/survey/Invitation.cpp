#include "Invitation.h"

#include <core/protocol/Base64Url.h>

#include "BodySignature.h"
#include <core/io/JsonReader.h>

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
    JsonReader outer(QJsonDocument::fromJson(bytes).object(), ErrorCode::SurveyDefinitionInvalid);
    const QString format = outer.text(QStringLiteral("format"));
    const QByteArray inner = outer.base64(QStringLiteral("invitation"), 0, kJsonUnbounded);
    const QByteArray signature = outer.base64(QStringLiteral("signature"), 0, kJsonUnbounded);
    if (format != QLatin1String(kPurpose) || outer.hasUnknownFields())
        return invalid(QStringLiteral("not a Saib survey invitation"));
    if (outer.failed())
        return invalid(QStringLiteral("invitation: members"));
    JsonReader o(QJsonDocument::fromJson(inner).object(), ErrorCode::SurveyDefinitionInvalid);
    const QByteArray key = o.base64(QStringLiteral("body_key"), kSignPublicKeyBytes, kSignPublicKeyBytes);
    auto name = LocalText::fromJson(o.object(QStringLiteral("body_name")));
    const QString server = o.text(QStringLiteral("server"));
    const QString survey = o.text(QStringLiteral("survey"));
    if (o.hasUnknownFields())
        return invalid(QStringLiteral("invitation: unknown member"));
    if (o.badField() == QLatin1String("body_key") || o.badField() == QLatin1String("body_name") || !name)
        return invalid(QStringLiteral("invitation: body key or name"));
    if (o.failed())
        return invalid(QStringLiteral("invitation: ") + o.badField());
    Invitation i;
    i.bodyKey = key;
    i.bodyName = *name;
    i.server = QUrl(server, QUrl::StrictMode);
    i.surveyId = survey;
    if (Error e = check(i))
        return e;
    if (!bodyVerify(kPurpose, inner, signature, i.bodyKey))
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
