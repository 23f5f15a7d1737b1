#include "KdfProcess.h"

#include "../kdf/KdfRequest.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QtEndian>

#include <cstring>
#include <optional>

namespace saib::ui {

QString kdfHelperPath()
{
    QString path = qEnvironmentVariable("SAIB_KDF_HELPER");
    if (path.isEmpty())
        path = QCoreApplication::applicationDirPath() + QStringLiteral("/saib-kdf");
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
}

namespace {

constexpr int kStartMs = 10000;
// Far above any derivation the accepted limits allow on a slow phone.
constexpr int kFinishMs = 300000;

// nullopt: the helper could not be started (fall back); otherwise its answer.
std::optional<Result<SecureBuffer>> runHelper(const QString &program, const SecureBuffer &passphrase,
                                              const unsigned char *salt, const KdfParams &params)
{
    using namespace saib::kdf;
    if (passphrase.size() > kMaxPassphraseBytes)
        return std::nullopt;
    QProcess helper;
    helper.setProcessChannelMode(QProcess::SeparateChannels);
    helper.setStandardErrorFile(QProcess::nullDevice());
    helper.start(program, {}, QIODevice::ReadWrite | QIODevice::Unbuffered);
    if (!helper.waitForStarted(kStartMs))
        return std::nullopt;

    // The request is built in secure memory. QProcess still keeps a copy in its own
    // ordinary write buffer until the pipe takes it, which it does not wipe; the
    // passphrase arrived here as an ordinary QString from the UI anyway.
    SecureBuffer request(kHeaderBytes + passphrase.size());
    unsigned char *r = request.data();
    std::memcpy(r, kMagic, sizeof kMagic);
    qToLittleEndian<quint32>(params.opslimit, r + 8);
    qToLittleEndian<quint64>(params.memlimit, r + 12);
    std::memcpy(r + 20, salt, kSaltBytes);
    qToLittleEndian<quint32>(quint32(passphrase.size()), r + 20 + kSaltBytes);
    if (passphrase.size() > 0)
        std::memcpy(r + kHeaderBytes, passphrase.data(), passphrase.size());
    helper.write(reinterpret_cast<const char *>(request.data()), qint64(request.size()));
    helper.waitForBytesWritten(kStartMs);
    helper.closeWriteChannel();

    const Error failed(ErrorCode::CryptoUnavailable, QStringLiteral("the key derivation helper failed"));
    if (!helper.waitForFinished(kFinishMs)) {
        helper.kill();
        helper.waitForFinished(kStartMs);
        return Result<SecureBuffer>(failed);
    }
    if (helper.exitStatus() != QProcess::NormalExit || helper.exitCode() != 0
        || helper.bytesAvailable() != qint64(kKeyBytes))
        return Result<SecureBuffer>(failed);
    // Read straight into secure memory (QProcess's pipe buffer held it briefly).
    SecureBuffer key(kKeyBytes);
    if (helper.read(reinterpret_cast<char *>(key.data()), qint64(kKeyBytes)) != qint64(kKeyBytes))
        return Result<SecureBuffer>(failed);
    return Result<SecureBuffer>(std::move(key));
}

} // namespace

PassphraseKdf helperKdf()
{
    const QString program = kdfHelperPath();
    if (program.isEmpty())
        return {}; // no helper installed: derive in this process (the UI may stutter)
    return [program](const SecureBuffer &passphrase, const unsigned char *salt,
                     const KdfParams &params) -> Result<SecureBuffer> {
        if (auto answer = runHelper(program, passphrase, salt, params))
            return std::move(*answer);
        // The helper exists but would not start: derive here rather than fail to unlock.
        return derivePassphraseKey(passphrase, salt, params);
    };
}

} // namespace saib::ui
