#include "OpResult.h"

#include <core/ErrorMessages.h>

namespace saib::ui {

OpResult OpResult::success(QString message)
{
    OpResult r;
    r.message = std::move(message);
    return r;
}

OpResult OpResult::from(const Error &error)
{
    if (error.ok())
        return {};
    return failure(errorMessage(error), error.code);
}

OpResult OpResult::failure(QString message, ErrorCode code)
{
    OpResult r;
    r.ok = false;
    r.message = std::move(message);
    r.code = errorCodeName(code);
    return r;
}

// A switch with no default: -Wswitch (so -Werror in CI) names any code added to
// core/Error.h and missing here.
QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return QStringLiteral("None");
    case ErrorCode::PassphraseTooShort:
        return QStringLiteral("PassphraseTooShort");
    case ErrorCode::PassphraseMismatch:
        return QStringLiteral("PassphraseMismatch");
    case ErrorCode::WrongPassphrase:
        return QStringLiteral("WrongPassphrase");
    case ErrorCode::VaultMissing:
        return QStringLiteral("VaultMissing");
    case ErrorCode::VaultAlreadyExists:
        return QStringLiteral("VaultAlreadyExists");
    case ErrorCode::KeyFileCorrupt:
        return QStringLiteral("KeyFileCorrupt");
    case ErrorCode::CryptoUnavailable:
        return QStringLiteral("CryptoUnavailable");
    case ErrorCode::RememberedKeyInvalid:
        return QStringLiteral("RememberedKeyInvalid");
    case ErrorCode::KeychainUnavailable:
        return QStringLiteral("KeychainUnavailable");
    case ErrorCode::KeychainEntryMissing:
        return QStringLiteral("KeychainEntryMissing");
    case ErrorCode::KeychainFailed:
        return QStringLiteral("KeychainFailed");
    case ErrorCode::RecoveryKeyTypo:
        return QStringLiteral("RecoveryKeyTypo");
    case ErrorCode::RecoveryKeyMalformed:
        return QStringLiteral("RecoveryKeyMalformed");
    case ErrorCode::WrongRecoveryKey:
        return QStringLiteral("WrongRecoveryKey");
    case ErrorCode::RecoveryKeyMissing:
        return QStringLiteral("RecoveryKeyMissing");
    case ErrorCode::RecoverySlotDamaged:
        return QStringLiteral("RecoverySlotDamaged");
    case ErrorCode::KeyFileTooNew:
        return QStringLiteral("KeyFileTooNew");
    case ErrorCode::DatabaseOpenFailed:
        return QStringLiteral("DatabaseOpenFailed");
    case ErrorCode::DatabaseCorrupt:
        return QStringLiteral("DatabaseCorrupt");
    case ErrorCode::DatabaseTooNew:
        return QStringLiteral("DatabaseTooNew");
    case ErrorCode::CipherUnavailable:
        return QStringLiteral("CipherUnavailable");
    case ErrorCode::DiskFull:
        return QStringLiteral("DiskFull");
    case ErrorCode::ReadOnlyStorage:
        return QStringLiteral("ReadOnlyStorage");
    case ErrorCode::StorageFailed:
        return QStringLiteral("StorageFailed");
    case ErrorCode::Locked:
        return QStringLiteral("Locked");
    case ErrorCode::NotFound:
        return QStringLiteral("NotFound");
    case ErrorCode::InvalidDay:
        return QStringLiteral("InvalidDay");
    case ErrorCode::FutureDay:
        return QStringLiteral("FutureDay");
    case ErrorCode::InvalidHours:
        return QStringLiteral("InvalidHours");
    case ErrorCode::InvalidStrategicShare:
        return QStringLiteral("InvalidStrategicShare");
    case ErrorCode::InvalidDemand:
        return QStringLiteral("InvalidDemand");
    case ErrorCode::InvalidEmotionalLoad:
        return QStringLiteral("InvalidEmotionalLoad");
    case ErrorCode::InvalidEnergy:
        return QStringLiteral("InvalidEnergy");
    case ErrorCode::InvalidTag:
        return QStringLiteral("InvalidTag");
    case ErrorCode::TooManyTags:
        return QStringLiteral("TooManyTags");
    case ErrorCode::NoteTooLong:
        return QStringLiteral("NoteTooLong");
    case ErrorCode::EmptyEntry:
        return QStringLiteral("EmptyEntry");
    case ErrorCode::TitleTooLong:
        return QStringLiteral("TitleTooLong");
    case ErrorCode::BodyTooLong:
        return QStringLiteral("BodyTooLong");
    case ErrorCode::InvalidDateRange:
        return QStringLiteral("InvalidDateRange");
    case ErrorCode::ExportFailed:
        return QStringLiteral("ExportFailed");
    case ErrorCode::ImportInvalid:
        return QStringLiteral("ImportInvalid");
    case ErrorCode::BackupInvalid:
        return QStringLiteral("BackupInvalid");
    case ErrorCode::BackupTooNew:
        return QStringLiteral("BackupTooNew");
    case ErrorCode::BackupWrongPassphrase:
        return QStringLiteral("BackupWrongPassphrase");
    case ErrorCode::BackupCorrupt:
        return QStringLiteral("BackupCorrupt");
    case ErrorCode::BackupTruncated:
        return QStringLiteral("BackupTruncated");
    case ErrorCode::BackupWriteFailed:
        return QStringLiteral("BackupWriteFailed");
    case ErrorCode::RestoreTargetNotEmpty:
        return QStringLiteral("RestoreTargetNotEmpty");
    case ErrorCode::InvalidRating:
        return QStringLiteral("InvalidRating");
    case ErrorCode::UnknownSkill:
        return QStringLiteral("UnknownSkill");
    case ErrorCode::SyncTampered:
        return QStringLiteral("SyncTampered");
    case ErrorCode::SyncMalformed:
        return QStringLiteral("SyncMalformed");
    case ErrorCode::SyncClockSkew:
        return QStringLiteral("SyncClockSkew");
    case ErrorCode::RelayUnreachable:
        return QStringLiteral("RelayUnreachable");
    case ErrorCode::RelayUnauthenticated:
        return QStringLiteral("RelayUnauthenticated");
    case ErrorCode::DeviceRevoked:
        return QStringLiteral("DeviceRevoked");
    case ErrorCode::RelayRateLimited:
        return QStringLiteral("RelayRateLimited");
    case ErrorCode::RelayPayloadTooLarge:
        return QStringLiteral("RelayPayloadTooLarge");
    case ErrorCode::RelayRequestInvalid:
        return QStringLiteral("RelayRequestInvalid");
    case ErrorCode::RelayConflict:
        return QStringLiteral("RelayConflict");
    case ErrorCode::RelayServerError:
        return QStringLiteral("RelayServerError");
    case ErrorCode::PairingCodeInvalid:
        return QStringLiteral("PairingCodeInvalid");
    case ErrorCode::PairingExpired:
        return QStringLiteral("PairingExpired");
    case ErrorCode::PairingPending:
        return QStringLiteral("PairingPending");
    case ErrorCode::SyncBusy:
        return QStringLiteral("SyncBusy");
    case ErrorCode::SyncNotEnabled:
        return QStringLiteral("SyncNotEnabled");
    case ErrorCode::RelayAddressInvalid:
        return QStringLiteral("RelayAddressInvalid");
    case ErrorCode::RelayQuotaExceeded:
        return QStringLiteral("RelayQuotaExceeded");
    case ErrorCode::InsecureTransport:
        return QStringLiteral("InsecureTransport");
    case ErrorCode::SyncRolledBack:
        return QStringLiteral("SyncRolledBack");
    case ErrorCode::PairingFailed:
        return QStringLiteral("PairingFailed");
    case ErrorCode::PairingMismatch:
        return QStringLiteral("PairingMismatch");
    case ErrorCode::SurveyDefinitionInvalid:
        return QStringLiteral("SurveyDefinitionInvalid");
    case ErrorCode::SurveyUnsigned:
        return QStringLiteral("SurveyUnsigned");
    case ErrorCode::SurveySignatureInvalid:
        return QStringLiteral("SurveySignatureInvalid");
    case ErrorCode::SurveyWrongSigner:
        return QStringLiteral("SurveyWrongSigner");
    case ErrorCode::SurveyClosed:
        return QStringLiteral("SurveyClosed");
    case ErrorCode::SurveyAnswerInvalid:
        return QStringLiteral("SurveyAnswerInvalid");
    case ErrorCode::SurveyDemographicInvalid:
        return QStringLiteral("SurveyDemographicInvalid");
    case ErrorCode::SurveyTokenMalformed:
        return QStringLiteral("SurveyTokenMalformed");
    case ErrorCode::SurveyProofInvalid:
        return QStringLiteral("SurveyProofInvalid");
    case ErrorCode::SurveyTokenInvalid:
        return QStringLiteral("SurveyTokenInvalid");
    case ErrorCode::SurveyTokenSpent:
        return QStringLiteral("SurveyTokenSpent");
    case ErrorCode::SurveyNoTokens:
        return QStringLiteral("SurveyNoTokens");
    case ErrorCode::SurveyTokensAlreadyIssued:
        return QStringLiteral("SurveyTokensAlreadyIssued");
    case ErrorCode::SurveyResponseInvalid:
        return QStringLiteral("SurveyResponseInvalid");
    case ErrorCode::SurveyEnrolmentCodeInvalid:
        return QStringLiteral("SurveyEnrolmentCodeInvalid");
    case ErrorCode::SurveyResultsNotPublished:
        return QStringLiteral("SurveyResultsNotPublished");
    case ErrorCode::SurveyServerNotSet:
        return QStringLiteral("SurveyServerNotSet");
    case ErrorCode::SurveyBodyKeyInvalid:
        return QStringLiteral("SurveyBodyKeyInvalid");
    case ErrorCode::SurveysDisabled:
        return QStringLiteral("SurveysDisabled");
    case ErrorCode::BiometricCancelled:
        return QStringLiteral("BiometricCancelled");
    case ErrorCode::BiometricUnavailable:
        return QStringLiteral("BiometricUnavailable");
    case ErrorCode::CalendarInvalid:
        return QStringLiteral("CalendarInvalid");
    }
    return QStringLiteral("Unknown");
}

} // namespace saib::ui
