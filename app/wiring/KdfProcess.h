#pragma once
// Runs the passphrase key derivation in the saib-kdf helper process (app/kdf/main.cpp
// says why: libsodium's Argon2 holds our memory-map lock while it fills 256 MiB, which
// stalls the UI thread). Call from a worker thread: it blocks until the key is there.
#include <core/crypto/KeyFile.h>

#include <QString>

namespace saib::ui {

// The helper beside the app binary, or $SAIB_KDF_HELPER when set (the Qt Quick tests,
// whose runner lives elsewhere in the build tree). Empty when there is none.
QString kdfHelperPath();

// A PassphraseKdf for KeyFile::unwrap/Vault::unwrapKey that uses the helper. Without a
// helper (or when it cannot be started) it derives in this process, as before the helper
// existed: slower to draw during unlock, but never unable to unlock.
PassphraseKdf helperKdf();

} // namespace saib::ui
