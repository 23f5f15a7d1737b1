// Keychain tests: probe the OS keychain first; with none available, say why and exit 77
// so CTest marks the test skipped rather than passed.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <core/ErrorMessages.h>
#include <core/crypto/Sodium.h>
#include <platform/Keychain.h>

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("saib-keychain-tests"));
    if (!saib::ensureSodium())
        return 1;
    saib::platform::Keychain keychain(QStringLiteral("Saib tests"));
    const QString probe = QStringLiteral("probe");
    const saib::Error e = keychain.storeKeySync(probe, saib::SecureBuffer::random(8));
    if (!e.ok()) {
        std::printf("SKIPPED: no usable OS keychain here (%s: %s)\n",
                    qPrintable(saib::errorMessage(e)), qPrintable(e.detail));
        return 77;
    }
    (void)keychain.removeKeySync(probe); // the probe is only a test of the keychain; a leftover is harmless
    return Catch::Session().run(argc, argv);
}
