#include "Ids.h"
#include "Base64Url.h"
#include <core/crypto/Sodium.h>

#include <sodium.h>

namespace saib::protocol {

bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > kMaxIdLength)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')
            || u == '-' || u == '_';
        if (!ok)
            return false;
    }
    return true;
}

QString readId(JsonReader &r, const QString &key)
{
    const QString id = r.text(key, kMaxIdLength);
    if (r.failed())
        return {};
    if (!isValidId(id)) {
        r.fail(key, "not a valid id");
        return {};
    }
    return id;
}

QString randomId()
{
    ensureSodium();
    QByteArray bytes(16, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return toBase64Url(bytes);
}

bool isValidKind(const QString &kind)
{
    if (kind.isEmpty() || kind.size() > 32)
        return false;
    for (int i = 0; i < kind.size(); ++i) {
        const char16_t u = kind.at(i).unicode();
        const bool letter = u >= 'a' && u <= 'z';
        const bool other = (u >= '0' && u <= '9') || u == '-';
        if (!(letter || (i > 0 && other)))
            return false;
    }
    return true;
}

} // namespace saib::protocol
