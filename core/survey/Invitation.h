#pragma once
// The one file a survey body sends leaders to join a survey (DESIGN.md §6): the survey
// server's address, the survey id, the body's name and its Ed25519 public key, signed by
// that key. Opening it needs no URL typing or key pasting; the leader compares the key's
// fingerprint (bodyKeyFingerprint) with the one in the body's letter or on its website,
// because a file signed by *a* key proves only that whoever made it holds that key.
//
// { "format": "saib-survey-invitation-v1",
//   "invitation": "<base64 of {"body_key":..,"body_name":{"en":..,"cy":..},"server":..,"survey":..}>",
//   "signature": "<base64 Ed25519 over purpose || 0x00 || the invitation bytes>" }
#include "SignedDefinition.h"
#include "SurveyJson.h"

#include <QUrl>

namespace saib::survey {

struct Invitation {
    QUrl server;        // https, or http on a loopback address (tests, rehearsals)
    QString surveyId;
    LocalText bodyName;
    QByteArray bodyKey; // 32-byte Ed25519 public key: the key the app then pins

    QString fingerprint() const;
};

// For the survey body. SurveyDefinitionInvalid for a bad id, name or address.
Result<QByteArray> writeInvitation(const Invitation &invitation, const SigningKeyPair &key);

// For the app and CLI: parses and checks the signature by the key it carries.
// SurveyDefinitionInvalid: not an invitation. SurveySignatureInvalid: altered.
Result<Invitation> readInvitation(const QByteArray &bytes);

// The same signed invitation as one line of text to paste or put in a QR code:
// "saib-invitation:" + base64url (no padding) of the file's bytes. Nothing else is in it,
// so a link checks exactly as the file does.
inline constexpr char kInvitationLinkScheme[] = "saib-invitation:";
QString invitationLink(const QByteArray &invitationBytes);
// The file's bytes from a link, or SurveyDefinitionInvalid.
Result<QByteArray> invitationFromLink(const QString &link);

// True for https, and for http to 127.0.0.1 / ::1 / localhost only.
bool isAcceptableSurveyServer(const QUrl &url);

} // namespace saib::survey
