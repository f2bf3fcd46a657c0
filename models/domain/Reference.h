// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/ExtendedJson.h"
#include "models/codec/ObjectId.h"

#include <QJsonObject>
#include <QJsonValue>

/// A reference to another document: {"$oid": "..."}, a plain id string, or the whole
/// referenced document ("expanded", which then also carries "$oid" at its top level). The id
/// is decoded from any of these; the form received is kept and written back unchanged.
class Reference
{
public:
    Reference() = default;
    /// A reference by id, written as {"$oid": "..."}.
    explicit Reference(const ObjectId &id);

    /// Tolerates "" and {} (Form::Empty). A present id that is not 24 hex digits is an error.
    static bool decode(const QJsonValue &json, const JsonPath &path, Reference *out,
        ExtendedJson::Form *form, DecodeError *error);
    QJsonValue toJson() const;

    ObjectId id() const { return m_id; }
    /// True when the whole referenced document was sent.
    bool isExpanded() const { return m_expanded; }
    /// The referenced document as received; empty unless isExpanded().
    QJsonObject expanded() const { return m_expanded ? m_raw.toObject() : QJsonObject(); }

    /// References are equal when they name the same document, whatever form they came in.
    friend bool operator==(const Reference &a, const Reference &b)
    {
        return a.m_id == b.m_id && (a.m_id.isValid() || a.m_raw == b.m_raw);
    }
    friend bool operator!=(const Reference &a, const Reference &b) { return !(a == b); }

private:
    ObjectId m_id;
    /// The received form when it is not {"$oid": "<lowercase hex>"}; undefined otherwise.
    QJsonValue m_raw {QJsonValue::Undefined};
    bool m_expanded = false;
};

namespace ExtendedJson {
template<>
struct Traits<Reference>
{
    static bool decode(const QJsonValue &json, const JsonPath &path, Reference *out, Form *form,
        DecodeError *error)
    {
        return Reference::decode(json, path, out, form, error);
    }
    static QJsonValue encode(const Reference &value) { return value.toJson(); }
};
} // namespace ExtendedJson
