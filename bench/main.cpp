// saib-bench: the benchmark on its own (the same code as `saib-cli bench`).
#include "Bench.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("saib-bench"));
    return saib::bench::benchMain(QCoreApplication::arguments().mid(1),
                                  {QCoreApplication::applicationFilePath()});
}
