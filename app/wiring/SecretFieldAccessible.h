#pragma once

namespace saib::ui {

// Qt 6.4's Qt Quick accessibility hands a password TextField's real text to any
// accessibility client (its Text interface reads the `text` property). This installs an
// accessibility factory that gives every text field marked `saibSecret: true` in QML
// (PassphraseField) an interface that exposes only what is on screen (`displayText`: the
// mask characters, or the text while the leader has chosen "Show"), as QLineEdit and
// native password fields do. Idempotent; call before the QML engine loads.
void installSecretFieldAccessibility();

} // namespace saib::ui
