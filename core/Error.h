#pragma once
// Errors are values: every fallible core call returns an Error (or Result<T>) whose code
// the UI turns into a message in the user's language (see ErrorMessages.h). `detail`
// is for logs and developers only, never shown as the user-facing message and never
// holding secrets.
#include <QString>
#include <optional>
#include <utility>

namespace saib {

enum class ErrorCode {
    None = 0,
    // Passphrase and keys
    PassphraseTooShort,
    PassphraseMismatch,
    WrongPassphrase,
    VaultMissing,
    VaultAlreadyExists,
    KeyFileCorrupt,
    CryptoUnavailable,
    RememberedKeyInvalid,
    KeychainUnavailable,
    KeychainEntryMissing,
    KeychainFailed,
    // The recovery key (second slot of the key file)
    RecoveryKeyTypo,
    RecoveryKeyMalformed,
    WrongRecoveryKey,
    RecoveryKeyMissing,
    RecoverySlotDamaged,
    KeyFileTooNew,
    // Storage
    DatabaseOpenFailed,
    DatabaseCorrupt,
    DatabaseTooNew,
    CipherUnavailable,
    DiskFull,
    ReadOnlyStorage,
    StorageFailed,
    Locked,
    NotFound,
    // Check-in validation
    InvalidDay,
    FutureDay,
    InvalidHours,
    InvalidStrategicShare,
    InvalidDemand,
    InvalidEmotionalLoad,
    InvalidEnergy,
    InvalidTag,
    TooManyTags,
    NoteTooLong,
    // Journal
    EmptyEntry,
    TitleTooLong,
    BodyTooLong,
    InvalidDateRange,
    ExportFailed,
    ImportInvalid,
    // Encrypted backup and restore (core/backup)
    BackupInvalid,
    BackupTooNew,
    BackupWrongPassphrase,
    BackupCorrupt,
    BackupTruncated,
    BackupWriteFailed,
    RestoreTargetNotEmpty,
    // Insights
    InvalidRating,
    UnknownSkill,
    // Sync and the relay server
    SyncTampered,
    SyncMalformed,
    SyncClockSkew,
    RelayUnreachable,
    RelayUnauthenticated,
    DeviceRevoked,
    RelayRateLimited,
    RelayPayloadTooLarge,
    RelayRequestInvalid,
    RelayConflict,
    RelayServerError,
    PairingCodeInvalid,
    PairingExpired,
    PairingPending,
    SyncBusy,
    SyncNotEnabled,
    RelayAddressInvalid,
    RelayQuotaExceeded,
    InsecureTransport,
    SyncRolledBack,
    PairingFailed,
    PairingMismatch,
    // Anonymous surveys
    SurveyDefinitionInvalid,
    SurveyUnsigned,
    SurveySignatureInvalid,
    SurveyWrongSigner,
    SurveyClosed,
    SurveyAnswerInvalid,
    SurveyDemographicInvalid,
    SurveyTokenMalformed,
    SurveyProofInvalid,
    SurveyTokenInvalid,
    SurveyTokenSpent,
    SurveyNoTokens,
    SurveyTokensAlreadyIssued,
    SurveyResponseInvalid,
    SurveyEnrolmentCodeInvalid,
    SurveyResultsNotPublished,
    SurveyServerNotSet,
    SurveyBodyKeyInvalid,
    SurveysDisabled,
    // "Remember on this device" on a phone: the biometric / screen-lock prompt
    BiometricCancelled,
    BiometricUnavailable,
    // The school calendar (core/calendar). Appended: codes are stored by number (the sync
    // ledger's rejection reason), so existing ones keep theirs.
    CalendarInvalid,
    // Keep last: lets tests walk every code.
    LastErrorCode = CalendarInvalid,
};

// [[nodiscard]]: a returned Error or Result that nobody reads is a failure nobody hears
// of. Handle it, or cast it to (void) with a one-line reason.
struct [[nodiscard]] Error {
    ErrorCode code = ErrorCode::None;
    QString detail;

    Error() = default;
    Error(ErrorCode c, QString d = {}) : code(c), detail(std::move(d)) {}

    bool ok() const { return code == ErrorCode::None; }
    explicit operator bool() const { return !ok(); } // true when there *is* an error
};

// A value or an Error. Kept tiny on purpose: core code returns these, callers check
// ok() and read value() or error().
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_error.ok(); }
    const Error &error() const { return m_error; }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T take() { return std::move(*m_value); }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace saib
