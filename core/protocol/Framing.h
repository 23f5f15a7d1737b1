#pragma once
// Length-prefixed framing for bytes that get signed or authenticated: each field is a
// 4-byte big-endian length then the bytes, so ("ab","c") and ("a","bc") never collide.
#include <QByteArray>
#include <QtEndian>

namespace saib::protocol {

inline void appendField(QByteArray &out, const QByteArray &field)
{
    char len[4];
    qToBigEndian<quint32>(static_cast<quint32>(field.size()), len);
    out.append(len, 4);
    out.append(field);
}

} // namespace saib::protocol
