#pragma once
// Fixed-size memory for keys and passphrases: allocated with sodium_malloc (guard pages,
// mlocked where the OS allows) and wiped by sodium_free on destruction. Move-only, so a
// secret is never silently copied into ordinary heap memory.
#include <QByteArray>
#include <QString>
#include <cstddef>

namespace saib {

class SecureBuffer {
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    // Copies the UTF-8 form of `text` into secure memory and wipes the temporary.
    static SecureBuffer fromUtf8(const QString &text);
    // Copies raw bytes in (the caller wipes its own copy).
    static SecureBuffer fromBytes(const char *data, std::size_t size);
    static SecureBuffer random(std::size_t size);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isNull() const { return m_data == nullptr; }
    bool equals(const SecureBuffer &other) const;
    void clear();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace saib
