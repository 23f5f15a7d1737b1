#pragma once
// `saib-cli stress`: writes check-ins and journal entries in a loop and reports each one
// the moment its transaction has committed, for the crash-safety test (tests/crash),
// which kills this process at random moments and checks what survived.
#include <core/vault/Vault.h>

#include <QCommandLineParser>
#include <QString>

namespace saib::cli {

void addStressOptions(QCommandLineParser &parser);
int stress(Vault &vault, const QCommandLineParser &parser);

// The body a stress entry with this sequence number carries: deterministic words and a
// last line "check <sha256 of everything before it>", so a reader can tell a whole body
// from a torn or mixed one without knowing what was written.
QString stressBody(int seq);
bool stressBodyIsWhole(const QString &body);

} // namespace saib::cli
