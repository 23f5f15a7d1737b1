#pragma once
// Shared by the libFuzzer targets (see fuzz/README.md).
//
// Each target defines `bool fuzzOne(const QByteArray &input)`, which runs its parsers on
// one input and returns whether the input was accepted, and `void writeSeeds(const
// Seeder &seed)` with valid, realistic inputs. Run a target with SAIB_FUZZ_MAKE_SEEDS=DIR
// to write them into DIR and exit (scripts/fuzz.sh --make-seeds refreshes fuzz/corpus/
// that way), so seeds made with real keys stay in step with the code instead of being
// hand-edited binaries. Every seed must be accepted (so the fuzzer starts deep inside the
// parser), except those named "reject-*".
//
// SAIB_FUZZ_CHECK(x) aborts when a property fails: libFuzzer then reports a crash and
// saves the input, exactly as for a memory error.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>

#define SAIB_FUZZ_CHECK(cond)                                                                   \
    do {                                                                                        \
        if (!(cond)) {                                                                          \
            std::fprintf(stderr, "saib fuzz property failed: %s (%s:%d)\n", #cond, __FILE__,    \
                         __LINE__);                                                             \
            std::abort();                                                                       \
        }                                                                                       \
    } while (0)

namespace saib::fuzz {

using Seeder = std::function<void(const char *name, const QByteArray &bytes)>;

// The fuzzer's bytes without a copy: reading past them is an ASan error, as it should be.
inline QByteArray view(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// `input` without its first (selector) byte, still without a copy.
inline QByteArray tail(const QByteArray &input)
{
    return QByteArray::fromRawData(input.constData() + 1, input.size() - 1);
}

// A byte string from a selector byte and a body: multi-parser targets pick the parser
// with the first byte.
inline QByteArray selected(int selector, const QByteArray &body)
{
    return QByteArray(1, char(selector)) + body;
}

} // namespace saib::fuzz

// Implemented by each target.
bool fuzzOne(const QByteArray &input);
void writeSeeds(const saib::fuzz::Seeder &seed);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Larger inputs add nothing but time: every format here is far smaller in practice.
    if (size <= (4u << 20))
        fuzzOne(saib::fuzz::view(data, size));
    return 0;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Parsers may warn through Qt; printing millions of warnings only slows the fuzzer.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    const QByteArray dir = qgetenv("SAIB_FUZZ_MAKE_SEEDS");
    if (dir.isEmpty())
        return 0;
    QDir().mkpath(QString::fromLocal8Bit(dir));
    int written = 0;
    writeSeeds([&](const char *name, const QByteArray &bytes) {
        if (fuzzOne(bytes) == (qstrncmp(name, "reject-", 7) == 0)) {
            std::fprintf(stderr, "seed %s was %s\n", name, fuzzOne(bytes) ? "accepted" : "refused");
            std::exit(1);
        }
        QFile f(QDir(QString::fromLocal8Bit(dir)).filePath(QString::fromLatin1(name)));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "cannot write seed %s\n", name);
            std::exit(1);
        }
        ++written;
    });
    std::fprintf(stderr, "wrote %d seeds to %s\n", written, dir.constData());
    std::exit(0);
}
