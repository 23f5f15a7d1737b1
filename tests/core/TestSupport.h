#pragma once
// Helpers shared by the core tests.
#include <core/vault/Vault.h>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace saib::test {

inline const QString kPassphrase = QStringLiteral("llwybr hir ar y mynydd");

// A vault in a fresh temporary folder with the fastest KDF (tests only).
struct TempVault {
    QTemporaryDir dir;
    Vault vault{dir.path() + QStringLiteral("/data"), KdfParams::minimum()};
};

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

inline QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

inline Checkin sampleCheckin(const QDate &day)
{
    Checkin c;
    c.day = day;
    c.hours = 9.5;
    c.strategicPercent = 15;
    c.demand = 7;
    c.emotional = 6;
    c.energy = 4;
    c.drainedBy = {QStringLiteral("workload"), QStringLiteral("complaint")};
    c.sustainedBy = {QStringLiteral("peer-heads")};
    c.note = QStringLiteral("Governors met late");
    return c;
}

} // namespace saib::test
