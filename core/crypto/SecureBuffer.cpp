#include "SecureBuffer.h"
#include "Sodium.h"

#include <sodium.h>
#include <cstring>
#include <new>

namespace saib {

SecureBuffer::SecureBuffer(std::size_t size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecureBuffer::~SecureBuffer() { clear(); }

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(other.m_data), m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

void SecureBuffer::clear()
{
    if (m_data)
        sodium_free(m_data); // zeroes before releasing
    m_data = nullptr;
    m_size = 0;
}

SecureBuffer SecureBuffer::fromUtf8(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBuffer out = fromBytes(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return out;
}

SecureBuffer SecureBuffer::fromBytes(const char *data, std::size_t size)
{
    SecureBuffer out(size);
    if (size)
        std::memcpy(out.m_data, data, size);
    return out;
}

SecureBuffer SecureBuffer::random(std::size_t size)
{
    SecureBuffer out(size);
    if (size)
        randombytes_buf(out.m_data, size);
    return out;
}

bool SecureBuffer::equals(const SecureBuffer &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

} // namespace saib
