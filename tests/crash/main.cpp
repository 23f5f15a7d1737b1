#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv); // QProcess, translators and QSettings expect one
    return Catch::Session().run(argc, argv);
}
