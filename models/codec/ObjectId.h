// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <array>

/// A MongoDB ObjectId: 12 bytes, written as 24 hex digits. Default-constructed ids are invalid.
class ObjectId
{
public:
    ObjectId() = default;

    /// Parses 24 hex digits (either case); anything else gives an invalid id.
    static ObjectId fromString(QStringView hex);
    /// True when `text` is exactly what toString() would produce (24 lowercase hex digits).
    static bool isCanonical(QStringView text);

    bool isValid() const { return m_valid; }
    /// 24 lowercase hex digits, or an empty string for an invalid id.
    QString toString() const;
    const std::array<quint8, 12> &bytes() const { return m_bytes; }

    friend bool operator==(const ObjectId &a, const ObjectId &b)
    {
        return a.m_valid == b.m_valid && a.m_bytes == b.m_bytes;
    }
    friend bool operator!=(const ObjectId &a, const ObjectId &b) { return !(a == b); }
    /// Invalid ids sort first; valid ids sort by bytes (which starts with the creation time).
    friend bool operator<(const ObjectId &a, const ObjectId &b)
    {
        if (a.m_valid != b.m_valid)
            return !a.m_valid;
        return a.m_bytes < b.m_bytes;
    }

private:
    std::array<quint8, 12> m_bytes {};
    bool m_valid = false;
};

size_t qHash(const ObjectId &id, size_t seed = 0) noexcept;

Q_DECLARE_METATYPE(ObjectId)
