#pragma once
#include <QStringList>

namespace saib { class Vault; }

namespace saib::cli {
// `saib-cli sync on URL | join URL | add CODE | now | status | devices | remove ID | off`:
// the same sync the app's Settings offer, for servers without a display and for tests.
int syncCommand(Vault &vault, const QStringList &args);
} // namespace saib::cli
