#include "ZipReader.h"

#include <QtEndian>
#include <zlib.h>

namespace saib {

namespace {
constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfDirectory = 0x06054b50;

Error bad(const char *why) { return Error(ErrorCode::ImportInvalid, QStringLiteral("zip: %1").arg(QLatin1String(why))); }

quint16 u16(const QByteArray &b, qint64 at) { return qFromLittleEndian<quint16>(b.constData() + at); }
quint32 u32(const QByteArray &b, qint64 at) { return qFromLittleEndian<quint32>(b.constData() + at); }

Result<QByteArray> inflateRaw(const char *data, qint64 size, qint64 expected)
{
    QByteArray out(int(expected), Qt::Uninitialized);
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return bad("inflate could not start");
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(size);
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(expected);
    const int rc = inflate(&z, Z_FINISH);
    const qint64 produced = qint64(z.total_out);
    inflateEnd(&z);
    if (rc != Z_STREAM_END || produced != expected)
        return bad("the entry does not inflate to its stated size");
    return out;
}
} // namespace

bool looksLikeZip(const QByteArray &bytes) { return bytes.size() >= 4 && u32(bytes, 0) == kLocalHeader; }

Result<QByteArray> readZipEntry(const QByteArray &zip, const std::function<bool(const QString &)> &wanted,
                                qint64 maxSize)
{
    const qint64 size = zip.size();
    // The end-of-central-directory record: 22 bytes plus a comment of up to 65535.
    qint64 eocd = -1;
    for (qint64 at = size - 22; at >= 0 && at >= size - 22 - 65535; --at) {
        if (u32(zip, at) == kEndOfDirectory) {
            eocd = at;
            break;
        }
    }
    if (eocd < 0)
        return bad("no central directory");
    const int entries = u16(zip, eocd + 10);
    const qint64 dirSize = u32(zip, eocd + 12);
    qint64 at = u32(zip, eocd + 16);
    if (at + dirSize > eocd)
        return bad("central directory out of range");

    for (int i = 0; i < entries; ++i) {
        if (at + 46 > eocd || u32(zip, at) != kCentralHeader)
            return bad("damaged central directory");
        const quint16 flags = u16(zip, at + 8);
        const quint16 method = u16(zip, at + 10);
        const quint32 crc = u32(zip, at + 16);
        const qint64 packed = u32(zip, at + 20);
        const qint64 unpacked = u32(zip, at + 24);
        const int nameLen = u16(zip, at + 28);
        const int extraLen = u16(zip, at + 30);
        const int commentLen = u16(zip, at + 32);
        const qint64 local = u32(zip, at + 42);
        if (at + 46 + nameLen > eocd)
            return bad("damaged central directory");
        const QString name = QString::fromUtf8(zip.constData() + at + 46, nameLen);
        at += 46 + nameLen + extraLen + commentLen;
        if (name.contains(QLatin1Char('/')) || !wanted(name))
            continue;

        if (flags & 0x1)
            return bad("encrypted entry");
        if (packed == 0xFFFFFFFF || unpacked == 0xFFFFFFFF)
            return bad("zip64 is not supported");
        if (unpacked > maxSize)
            return bad("entry too large");
        if (local + 30 > size || u32(zip, local) != kLocalHeader)
            return bad("damaged local header");
        const qint64 data = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
        if (data + packed > size)
            return bad("entry runs past the end of the file");
        Result<QByteArray> content = QByteArray();
        if (method == 0) {
            if (packed != unpacked)
                return bad("stored entry with two sizes");
            content = zip.mid(int(data), int(packed));
        } else if (method == 8) {
            content = inflateRaw(zip.constData() + data, packed, unpacked);
        } else {
            return bad("unsupported compression");
        }
        if (!content.ok())
            return content;
        const QByteArray &bytes = content.value();
        if (crc32(0L, reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size())) != crc)
            return bad("CRC mismatch");
        return content;
    }
    return bad("no such entry");
}

} // namespace saib
