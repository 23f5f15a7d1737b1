// Encrypted backup files (core/backup/BackupFile.h) as restore reads them: the header, the
// key derivation and the chunked secretstream, then the payload parser on whatever opens.
// Seeds are real backups under the passphrase below with libsodium's minimum Argon2id
// limits; inputs asking for more are only header-parsed, so each run stays fast.
// Properties: a file that opens re-encrypts and opens to the same plaintext; every
// failure is one of the backup error codes.
#include "FuzzSupport.h"

#include <core/backup/BackupFile.h>
#include <core/backup/BackupPayload.h>
#include <core/demo/SyntheticLeader.h>

using namespace saib;

namespace {
const SecureBuffer &passphrase()
{
    static const SecureBuffer p = SecureBuffer::fromUtf8(QStringLiteral("fuzz backup passphrase"));
    return p;
}

bool isBackupError(ErrorCode c)
{
    return c == ErrorCode::BackupInvalid || c == ErrorCode::BackupTooNew || c == ErrorCode::BackupWrongPassphrase
        || c == ErrorCode::BackupCorrupt || c == ErrorCode::BackupTruncated;
}

BackupData sample()
{
    SyntheticOptions o;
    o.lastDay = QDate(2026, 1, 31);
    o.days = 10;
    o.journalEntries = 2;
    o.wordsPerEntry = 30;
    const SyntheticData s = generateSyntheticLeader(o);
    BackupData d;
    d.schema = 4;
    d.createdAt = QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
    const QDateTime t(QDate(2026, 1, 31), QTime(8, 0, 0, 123), Qt::UTC);
    int n = 0;
    for (Checkin c : s.checkins) {
        c.id = QStringLiteral("c%1").arg(++n);
        c.createdAt = c.updatedAt = t;
        d.checkins << c;
    }
    for (JournalEntry e : s.entries) {
        e.id = QStringLiteral("e%1").arg(++n);
        e.createdAt = e.updatedAt = t;
        d.entries << e;
    }
    d.settings.insert(QStringLiteral("support/region"), QStringLiteral("wales"));
    return d;
}
} // namespace

bool fuzzOne(const QByteArray &file)
{
    auto header = BackupFile::parseHeader(file);
    if (!header.ok()) {
        SAIB_FUZZ_CHECK(isBackupError(header.error().code));
        return false;
    }
    const KdfParams &kdf = header.value().kdf;
    if (kdf.opslimit > KdfParams::minimum().opslimit || kdf.memlimit > KdfParams::minimum().memlimit * 4)
        return false; // valid, but too slow to fuzz through Argon2id
    auto key = BackupFile::deriveKey(passphrase(), header.value());
    SAIB_FUZZ_CHECK(key.ok());
    auto plain = BackupFile::open(file, header.value(), key.value());
    if (!plain.ok()) {
        SAIB_FUZZ_CHECK(isBackupError(plain.error().code));
        return false;
    }
    auto again = BackupFile::encrypt(plain.value(), passphrase(), KdfParams::minimum());
    SAIB_FUZZ_CHECK(again.ok());
    auto reopened = BackupFile::decrypt(again.value(), passphrase());
    SAIB_FUZZ_CHECK(reopened.ok() && reopened.value() == plain.value());
    auto payload = BackupPayload::parse(plain.value());
    if (!payload.ok())
        SAIB_FUZZ_CHECK(isBackupError(payload.error().code));
    return true;
}

void writeSeeds(const fuzz::Seeder &seed)
{
    const QByteArray payload = BackupPayload::serialize(sample());
    seed("small", BackupFile::encrypt(payload, passphrase(), KdfParams::minimum()).take());
    seed("empty-payload", BackupFile::encrypt(QByteArray(), passphrase(), KdfParams::minimum()).take());
    // Two chunks: the second one's length field and chaining get exercised too.
    QByteArray big = payload;
    while (big.size() < BackupFile::kChunkPlaintextBytes + 1000)
        big += ' ';
    seed("two-chunks", BackupFile::encrypt(big, passphrase(), KdfParams::minimum()).take());
    seed("reject-header-only", BackupFile::encrypt(payload, passphrase(), KdfParams::minimum()).take().left(BackupFile::kHeaderBytes));
}
