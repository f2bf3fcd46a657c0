// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/codec/ObjectId.h"

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

ObjectId ObjectId::fromString(QStringView hex)
{
    ObjectId id;
    if (hex.size() != 24)
        return id;
    for (int i = 0; i < 12; ++i) {
        const int high = hexValue(hex.at(2 * i));
        const int low = hexValue(hex.at(2 * i + 1));
        if (high < 0 || low < 0)
            return ObjectId();
        id.m_bytes[size_t(i)] = quint8(high << 4 | low);
    }
    id.m_valid = true;
    return id;
}

bool ObjectId::isCanonical(QStringView text)
{
    if (text.size() != 24)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

QString ObjectId::toString() const
{
    if (!m_valid)
        return QString();
    static constexpr char digits[] = "0123456789abcdef";
    QString text(24, Qt::Uninitialized);
    QChar *out = text.data();
    for (const quint8 byte : m_bytes) {
        *out++ = QLatin1Char(digits[byte >> 4]);
        *out++ = QLatin1Char(digits[byte & 0xf]);
    }
    return text;
}

size_t qHash(const ObjectId &id, size_t seed) noexcept
{
    if (!id.isValid())
        return qHash(0, seed);
    return qHashBits(id.bytes().data(), id.bytes().size(), seed);
}
