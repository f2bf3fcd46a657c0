// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/Reference.h"

#include <QCoreApplication>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Reference)
};

const QLatin1String OidKey("$oid");
const QLatin1String IdKey("_id");

} // namespace

Reference::Reference(const ObjectId &id) : m_id(id) { }

bool Reference::decode(const QJsonValue &json, const JsonPath &path, Reference *out,
    ExtendedJson::Form *form, DecodeError *error)
{
    using ExtendedJson::Form;
    *out = Reference();
    if (ExtendedJson::isEmptyValue(json)) {
        *form = Form::Empty;
        return true;
    }
    *form = Form::Canonical;
    if (json.isString()) {
        out->m_id = ObjectId::fromString(json.toString());
        out->m_raw = json;
    } else if (json.isObject()) {
        const QJsonObject object = json.toObject();
        const QJsonValue oid = object.value(OidKey);
        if (object.size() == 1 && oid.isString()) {
            out->m_id = ObjectId::fromString(oid.toString());
            if (!ObjectId::isCanonical(oid.toString()))
                out->m_raw = json;
        } else {
            // Expanded: the id is the top-level "$oid", else the document's own _id.
            out->m_raw = json;
            out->m_expanded = true;
            if (oid.isString()) {
                out->m_id = ObjectId::fromString(oid.toString());
            } else if (oid.isUndefined()) {
                ExtendedJson::Form idForm;
                QString ignored;
                const QJsonValue id = object.value(IdKey);
                if (!id.isUndefined() && !id.isNull()
                    && !ExtendedJson::decodeObjectId(id, &out->m_id, &idForm, &ignored)) {
                    *error = DecodeError {path.memberPath(IdKey), ignored};
                    return false;
                }
                // An expanded document without any id is tolerated: it still displays.
                return true;
            }
        }
    }
    if (!out->m_id.isValid()) {
        *error = DecodeError {path.toString(), Text::tr("expected an object id")};
        return false;
    }
    return true;
}

QJsonValue Reference::toJson() const
{
    if (!m_raw.isUndefined())
        return m_raw;
    return ExtendedJson::encodeObjectId(m_id);
}
