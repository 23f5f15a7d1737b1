#include "ToolProcess.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace saib::test {

ToolRun runTool(const QString &program, const QStringList &args, const QMap<QString, QString> &env,
                const QByteArray &input, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = env.begin(); it != env.end(); ++it) {
        if (it.value().isEmpty())
            environment.remove(it.key());
        else
            environment.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(environment);
    if (input.isEmpty())
        p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    ToolRun run;
    if (!p.waitForStarted(timeoutMs))
        return run;
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    if (finished && p.exitStatus() == QProcess::NormalExit)
        run.exitCode = p.exitCode();
    return run;
}

} // namespace saib::test
