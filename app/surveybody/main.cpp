// saib-survey-body: thin main; the commands live in BodyCommands.cpp.
#include "BodyCommands.h"

#include <core/crypto/Sodium.h>

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("saib-survey-body"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!saib::ensureSodium()) {
        err << "libsodium could not start\n";
        return 1;
    }
    return saib::surveybody::runCommand(QCoreApplication::arguments().mid(1), out, err);
}
