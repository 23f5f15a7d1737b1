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
    }
    if (!text)
        return QCoreApplication::translate("Error", "Something went wrong.");
    return QCoreApplication::translate("Error", text);
}

} // namespace saib
