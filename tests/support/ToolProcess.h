#pragma once
// Runs one of Saib's own programs (saib-cli, saib-survey-body) to the end, as a test plays
// a user or a script from outside: the one place tests start a tool and collect what it
// said, instead of a QProcess recipe in every suite.
#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace saib::test {

struct ToolRun {
    int exitCode = -1; // -1 when the program crashed, did not start or timed out
    QString out;
    QString err;
};

// `env` is added to the test's own environment (an empty value removes that variable).
// Standard input is `input`, or empty: never the terminal, so nothing waits on a prompt.
ToolRun runTool(const QString &program, const QStringList &args, const QMap<QString, QString> &env = {},
                const QByteArray &input = {}, int timeoutMs = 120000);

} // namespace saib::test
