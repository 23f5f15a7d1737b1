#include "ErrorMessages.h"

#include <QCoreApplication>

namespace saib {

QString errorMessage(ErrorCode code)
{
    const char *text = nullptr;
    switch (code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::PassphraseTooShort:
        text = QT_TRANSLATE_NOOP("Error", "Your passphrase needs at least 8 characters.");
        break;
    case ErrorCode::PassphraseMismatch:
        text = QT_TRANSLATE_NOOP("Error", "The two passphrases do not match.");
        break;
    case ErrorCode::WrongPassphrase:
        text = QT_TRANSLATE_NOOP("Error", "That passphrase is not right. Nothing has been changed.");
        break;
    case ErrorCode::VaultMissing:
        text = QT_TRANSLATE_NOOP("Error", "There is no Saib data here yet. Create a passphrase first.");
        break;
    case ErrorCode::VaultAlreadyExists:
        text = QT_TRANSLATE_NOOP("Error", "Saib data already exists here; it was left untouched.");
        break;
    case ErrorCode::KeyFileCorrupt:
        text = QT_TRANSLATE_NOOP("Error", "The key file is damaged, so the data cannot be opened.");
        break;
    case ErrorCode::CryptoUnavailable:
        text = QT_TRANSLATE_NOOP("Error", "Encryption could not start on this device.");
        break;
    case ErrorCode::RememberedKeyInvalid:
        text = QT_TRANSLATE_NOOP("Error", "The key remembered on this device no longer opens your data. Unlock with your passphrase.");
        break;
    case ErrorCode::KeychainUnavailable:
        text = QT_TRANSLATE_NOOP("Error", "This device has no keychain Saib can use, so the key cannot be remembered.");
        break;
    case ErrorCode::KeychainEntryMissing:
        text = QT_TRANSLATE_NOOP("Error", "The key is no longer in this device's keychain. Unlock with your passphrase.");
        break;
    case ErrorCode::KeychainFailed:
        text = QT_TRANSLATE_NOOP("Error", "The device keychain did not respond. Unlock with your passphrase.");
        break;
    case ErrorCode::BiometricCancelled:
        text = QT_TRANSLATE_NOOP("Error", "Unlocking on this device was cancelled. Try again, or use your passphrase.");
        break;
    case ErrorCode::BiometricUnavailable:
        text = QT_TRANSLATE_NOOP("Error", "This device has no fingerprint, face or screen lock set up, so Saib cannot check it is you. Use your passphrase.");
        break;
    case ErrorCode::RecoveryKeyTypo:
        text = QT_TRANSLATE_NOOP("Error", "The recovery key has a typo. Check it against your saved copy.");
        break;
    case ErrorCode::RecoveryKeyMalformed:
        text = QT_TRANSLATE_NOOP("Error", "That is not a whole recovery key: it has 13 groups of 5 letters and digits.");
        break;
    case ErrorCode::WrongRecoveryKey:
        text = QT_TRANSLATE_NOOP("Error", "That recovery key does not open this Saib (a newer one may have replaced it). Nothing has been changed.");
        break;
    case ErrorCode::RecoveryKeyMissing:
        text = QT_TRANSLATE_NOOP("Error", "This Saib has no recovery key yet. Make one in Settings while it is unlocked.");
        break;
    case ErrorCode::RecoverySlotDamaged:
        text = QT_TRANSLATE_NOOP("Error", "The recovery key's part of the key file is damaged. Your passphrase still opens Saib; make a new recovery key.");
        break;
    case ErrorCode::KeyFileTooNew:
        text = QT_TRANSLATE_NOOP("Error", "The key file was written by a newer version of Saib. Update Saib to open it.");
        break;
    case ErrorCode::DatabaseOpenFailed:
        text = QT_TRANSLATE_NOOP("Error", "The data file could not be opened.");
        break;
    case ErrorCode::DatabaseCorrupt:
        text = QT_TRANSLATE_NOOP("Error", "The data file is damaged or is not a Saib file.");
        break;
    case ErrorCode::DatabaseTooNew:
        text = QT_TRANSLATE_NOOP("Error", "This data was written by a newer version of Saib. Please update the app.");
        break;
    case ErrorCode::CipherUnavailable:
        text = QT_TRANSLATE_NOOP("Error", "The encrypted database library is missing, so nothing was stored.");
        break;
    case ErrorCode::DiskFull:
        text = QT_TRANSLATE_NOOP("Error", "The device is full, so this was not saved. Free some space and try again.");
        break;
    case ErrorCode::ReadOnlyStorage:
        text = QT_TRANSLATE_NOOP("Error", "The data folder is read-only, so this was not saved.");
        break;
    case ErrorCode::StorageFailed:
        text = QT_TRANSLATE_NOOP("Error", "Saving failed. Your earlier data is safe; please try again.");
        break;
    case ErrorCode::Locked:
        text = QT_TRANSLATE_NOOP("Error", "Saib is locked. Unlock it with your passphrase first.");
        break;
    case ErrorCode::NotFound:
        text = QT_TRANSLATE_NOOP("Error", "That item no longer exists.");
        break;
    case ErrorCode::InvalidDay:
        text = QT_TRANSLATE_NOOP("Error", "That date is not valid.");
        break;
    case ErrorCode::FutureDay:
        text = QT_TRANSLATE_NOOP("Error", "You cannot check in for a day that has not happened yet.");
        break;
    case ErrorCode::InvalidHours:
        text = QT_TRANSLATE_NOOP("Error", "Hours worked must be between 0 and 24, in half-hour steps.");
        break;
    case ErrorCode::InvalidStrategicShare:
        text = QT_TRANSLATE_NOOP("Error", "The strategic share must be between 0 and 100 per cent.");
        break;
    case ErrorCode::InvalidDemand:
        text = QT_TRANSLATE_NOOP("Error", "Demand must be a whole number from 0 to 10.");
        break;
    case ErrorCode::InvalidEmotionalLoad:
        text = QT_TRANSLATE_NOOP("Error", "Emotional load must be a whole number from 0 to 10.");
        break;
    case ErrorCode::InvalidEnergy:
        text = QT_TRANSLATE_NOOP("Error", "Energy must be a whole number from 0 to 10.");
        break;
    case ErrorCode::InvalidTag:
        text = QT_TRANSLATE_NOOP("Error", "A tag must have 1 to 40 characters.");
        break;
    case ErrorCode::TooManyTags:
        text = QT_TRANSLATE_NOOP("Error", "Choose at most 20 tags in each list.");
        break;
    case ErrorCode::NoteTooLong:
        text = QT_TRANSLATE_NOOP("Error", "The note is too long: keep it under 1000 characters.");
        break;
    case ErrorCode::EmptyEntry:
        text = QT_TRANSLATE_NOOP("Error", "Write a title or a few words before saving.");
        break;
    case ErrorCode::TitleTooLong:
        text = QT_TRANSLATE_NOOP("Error", "The title is too long: keep it under 200 characters.");
        break;
    case ErrorCode::BodyTooLong:
        text = QT_TRANSLATE_NOOP("Error", "This entry is too long to save as one: split it into two.");
        break;
    case ErrorCode::InvalidDateRange:
        text = QT_TRANSLATE_NOOP("Error", "The dates are not valid: use YYYY-MM-DD, with the start before the end.");
        break;
    case ErrorCode::ExportFailed:
        text = QT_TRANSLATE_NOOP("Error", "The export could not be written to that folder.");
        break;
    case ErrorCode::ImportInvalid:
        text = QT_TRANSLATE_NOOP("Error", "That file is not a Saib journal export.");
        break;
    case ErrorCode::BackupInvalid:
        text = QT_TRANSLATE_NOOP("Error", "That file is not a Saib backup. Nothing was restored.");
        break;
    case ErrorCode::BackupTooNew:
        text = QT_TRANSLATE_NOOP("Error", "This backup was made by a newer version of Saib. Please update the app, then restore it.");
        break;
    case ErrorCode::BackupWrongPassphrase:
        text = QT_TRANSLATE_NOOP("Error", "That backup passphrase is not right, or the backup is damaged. Nothing was restored.");
        break;
    case ErrorCode::BackupCorrupt:
        text = QT_TRANSLATE_NOOP("Error", "The backup file is damaged, so nothing was restored.");
        break;
    case ErrorCode::BackupTruncated:
        text = QT_TRANSLATE_NOOP("Error", "The backup file is incomplete (perhaps it did not finish copying), so nothing was restored.");
        break;
    case ErrorCode::BackupWriteFailed:
        text = QT_TRANSLATE_NOOP("Error", "The backup could not be written there. Choose another place and try again.");
        break;
    case ErrorCode::RestoreTargetNotEmpty:
        text = QT_TRANSLATE_NOOP("Error", "Saib already holds entries here. A backup can only be restored into an empty Saib, so nothing was restored.");
        break;
    case ErrorCode::InvalidRating:
        text = QT_TRANSLATE_NOOP("Error", "Each rating must be a whole number in its scale.");
        break;
    case ErrorCode::UnknownSkill:
        text = QT_TRANSLATE_NOOP("Error", "That skill is not in the list.");
        break;
    case ErrorCode::CalendarInvalid:
        text = QT_TRANSLATE_NOOP("Error", "Those school dates do not fit together: each term must end after it starts, hold its half-term, and not overlap another.");
        break;
    case ErrorCode::SyncTampered:
        text = QT_TRANSLATE_NOOP("Error", "A synced item failed its integrity check, so it was ignored.");
        break;
    case ErrorCode::SyncMalformed:
        text = QT_TRANSLATE_NOOP("Error", "The relay server sent data Saib does not understand.");
        break;
    case ErrorCode::SyncClockSkew:
        text = QT_TRANSLATE_NOOP("Error", "Another device's clock is far ahead. Check the date and time on your devices.");
        break;
    case ErrorCode::RelayUnreachable:
        text = QT_TRANSLATE_NOOP("Error", "The relay server could not be reached. Your data is safe on this device; try again later.");
        break;
    case ErrorCode::RelayUnauthenticated:
        text = QT_TRANSLATE_NOOP("Error", "This device could not prove who it is to the relay server.");
        break;
    case ErrorCode::DeviceRevoked:
        text = QT_TRANSLATE_NOOP("Error", "This device has been removed from sync. Pair it again from another device.");
        break;
    case ErrorCode::RelayRateLimited:
        text = QT_TRANSLATE_NOOP("Error", "The relay server is busy. Try again in a minute.");
        break;
    case ErrorCode::RelayPayloadTooLarge:
        text = QT_TRANSLATE_NOOP("Error", "This is too large to sync in one go.");
        break;
    case ErrorCode::RelayRequestInvalid:
        text = QT_TRANSLATE_NOOP("Error", "The relay server turned down the request as invalid.");
        break;
    case ErrorCode::RelayConflict:
        text = QT_TRANSLATE_NOOP("Error", "That account or device is already registered on the relay server.");
        break;
    case ErrorCode::RelayServerError:
        text = QT_TRANSLATE_NOOP("Error", "The relay server had a problem. Try again later.");
        break;
    case ErrorCode::PairingCodeInvalid:
        text = QT_TRANSLATE_NOOP("Error", "That pairing code is not right. Check it and try again.");
        break;
    case ErrorCode::PairingExpired:
        text = QT_TRANSLATE_NOOP("Error", "That pairing code has expired. Start pairing again on the new device.");
        break;
    case ErrorCode::PairingPending:
        text = QT_TRANSLATE_NOOP("Error", "Waiting for your other device to approve the pairing.");
        break;
    case ErrorCode::SyncBusy:
        text = QT_TRANSLATE_NOOP("Error", "Sync is already running. Wait for it to finish.");
        break;
    case ErrorCode::SyncNotEnabled:
        text = QT_TRANSLATE_NOOP("Error", "Sync is off on this device.");
        break;
    case ErrorCode::RelayAddressInvalid:
        text = QT_TRANSLATE_NOOP("Error", "That is not a relay server address. Use one like https://relay.example.org.");
        break;
    case ErrorCode::RelayQuotaExceeded:
        text = QT_TRANSLATE_NOOP("Error", "Your space on the relay server is full, so these changes were not sent. Ask whoever runs the relay for more room.");
        break;
    case ErrorCode::PairingFailed:
        text = QT_TRANSLATE_NOOP("Error", "Pairing failed: the code was typed wrongly or someone interfered. That code no longer works, so nothing was shared. Start again with a new code.");
        break;
    case ErrorCode::PairingMismatch:
        text = QT_TRANSLATE_NOOP("Error", "The numbers did not match, so this device did not join and shared nothing. Start again with a new code.");
        break;
    case ErrorCode::SyncRolledBack:
        text = QT_TRANSLATE_NOOP("Error", "The relay's data went backwards: it no longer holds changes it had already sent. Nothing was changed here; tell whoever runs the relay.");
        break;
    case ErrorCode::InsecureTransport:
        text = QT_TRANSLATE_NOOP("Error", "Saib only connects to a server over https://. Plain http:// is allowed only for a server on this computer.");
        break;
    case ErrorCode::SurveyDefinitionInvalid:
        text = QT_TRANSLATE_NOOP("Error", "This survey could not be read: it is damaged or in a form Saib does not know.");
        break;
    case ErrorCode::SurveyUnsigned:
        text = QT_TRANSLATE_NOOP("Error", "This survey is not signed, so Saib will not show it.");
        break;
    case ErrorCode::SurveySignatureInvalid:
        text = QT_TRANSLATE_NOOP("Error", "This survey does not match its signature: it may have been altered, so Saib will not show it.");
        break;
    case ErrorCode::SurveyWrongSigner:
        text = QT_TRANSLATE_NOOP("Error", "This survey was not signed by a survey body Saib trusts, so it will not be shown.");
        break;
    case ErrorCode::SurveyClosed:
        text = QT_TRANSLATE_NOOP("Error", "This survey is not open for answers at the moment.");
        break;
    case ErrorCode::SurveyAnswerInvalid:
        text = QT_TRANSLATE_NOOP("Error", "One of the answers does not fit its question. Check it and try again.");
        break;
    case ErrorCode::SurveyDemographicInvalid:
        text = QT_TRANSLATE_NOOP("Error", "One of the groups chosen (role, phase, years in role or region) is not one this survey offers.");
        break;
    case ErrorCode::SurveyTokenMalformed:
        text = QT_TRANSLATE_NOOP("Error", "The survey token data is damaged, so it was not used.");
        break;
    case ErrorCode::SurveyProofInvalid:
        text = QT_TRANSLATE_NOOP("Error", "The survey server's tokens failed their check, so they were not accepted.");
        break;
    case ErrorCode::SurveyTokenInvalid:
        text = QT_TRANSLATE_NOOP("Error", "This survey token is not valid.");
        break;
    case ErrorCode::SurveyTokenSpent:
        text = QT_TRANSLATE_NOOP("Error", "This survey token has already been used: each survey can be answered once.");
        break;
    case ErrorCode::SurveyNoTokens:
        text = QT_TRANSLATE_NOOP("Error", "There is no survey token left for this survey.");
        break;
    case ErrorCode::SurveyTokensAlreadyIssued:
        text = QT_TRANSLATE_NOOP("Error", "Survey tokens have already been issued for this enrolment.");
        break;
    case ErrorCode::SurveyResponseInvalid:
        text = QT_TRANSLATE_NOOP("Error", "This survey response is not in the form the survey expects.");
        break;
    case ErrorCode::SurveyEnrolmentCodeInvalid:
        text = QT_TRANSLATE_NOOP("Error", "That enrolment code is not valid for this survey. Check it and try again.");
        break;
    case ErrorCode::SurveyResultsNotPublished:
        text = QT_TRANSLATE_NOOP("Error", "Results are published only after the survey closes.");
        break;
    case ErrorCode::SurveyServerNotSet:
        text = QT_TRANSLATE_NOOP("Error", "Set the survey server address first.");
        break;
    case ErrorCode::SurveyBodyKeyInvalid:
        text = QT_TRANSLATE_NOOP("Error", "That is not a survey body key. Copy the key exactly as the survey body published it.");
        break;
    case ErrorCode::SurveysDisabled:
        text = QT_TRANSLATE_NOOP("Error", "This server does not run national surveys.");
        break;
    }
    if (!text)
        return QCoreApplication::translate("Error", "Something went wrong.");
    return QCoreApplication::translate("Error", text);
}

QString recoveryKeyTypoMessage(int group)
{
    return QCoreApplication::translate("Error", "Group %1 of the recovery key has a typo. Check it against your saved copy.")
        .arg(group);
}

} // namespace saib
