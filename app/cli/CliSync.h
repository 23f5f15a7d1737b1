#pragma once
#include <QStringList>

namespace saib { class Vault; }

namespace saib::cli {
// `saib-cli sync on URL | join URL | add CODE | now | status | devices | remove ID | off`:
// the same sync the app's Settings offer, for servers without a display and for tests.
// `confirm` is --confirm: for join without a terminal, the digits both devices show.
int syncCommand(Vault &vault, const QStringList &args, const QString &confirm = {});
} // namespace saib::cli
