#pragma once
// Turns an ErrorCode into a sentence in the current UI language (via the installed
// QTranslator). Shared by the GUI and saib-cli so both say the same thing.
#include "Error.h"
#include <QString>

namespace saib {
QString errorMessage(ErrorCode code);
inline QString errorMessage(const Error &e) { return errorMessage(e.code); }
// "Group N of the recovery key has a typo": RecoveryKey::parse names the group.
QString recoveryKeyTypoMessage(int group);
} // namespace saib
