// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/DecodeError.h"
#include "models/codec/JsonField.h"
#include "models/codec/JsonPath.h"
#include "models/codec/ObjectId.h"
#include "models/codec/Timestamp.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <tuple>
#include <type_traits>

/// The MongoDB extended-JSON dialect the BuiltOn API speaks, decoded tolerantly:
/// {"$oid": "..."} ids, {"$date": ms | "ISO-8601" | {"$numberLong": "ms"}} dates, numbers sent
/// as strings and strings sent as numbers, and "", {} or [] standing for "nothing".
/// Whatever is decoded from a non-canonical form is reported as such so that the caller can
/// write the original back untouched.
namespace ExtendedJson {

/// How a present, non-null JSON value related to the type that was expected.
enum class Form : quint8 {
    Canonical, ///< exactly what encoding the decoded value gives back
    Tolerated, ///< another harmless form of the value; keep the original for writing back
    Empty, ///< "", {} or [] instead of the type expected: no value; keep the original
};

// Primitive decoders. Each returns false with a translated message in *error when the value
// cannot be read as the expected type (null and undefined are handled by the caller).
bool decodeString(const QJsonValue &json, QString *out, Form *form, QString *error);
bool decodeDouble(const QJsonValue &json, double *out, Form *form, QString *error);
bool decodeInt(const QJsonValue &json, int *out, Form *form, QString *error);
bool decodeBool(const QJsonValue &json, bool *out, Form *form, QString *error);
/// {"$oid": "hex"} (canonical when lowercase) or a plain hex string (tolerated).
bool decodeObjectId(const QJsonValue &json, ObjectId *out, Form *form, QString *error);
/// {"$date": <integer ms>} (canonical), {"$date": "<ISO-8601>"}, {"$date": {"$numberLong":
/// "<ms>"}}, a bare number of ms or a bare ISO-8601 string (tolerated). ISO times without an
/// offset are taken as UTC.
bool decodeTimestamp(const QJsonValue &json, Timestamp *out, Form *form, QString *error);

/// {"$oid": "<hex>"}; null for an invalid id.
QJsonValue encodeObjectId(const ObjectId &id);
/// {"$date": <ms>}; null for an invalid time.
QJsonValue encodeTimestamp(const Timestamp &time);

/// Logs (field path only, never values) that a body did not decode.
void logDecodeError(const DecodeError &error);

/// Parses a whole body. The root must be of the type asked for.
bool parseObject(const QByteArray &json, QJsonObject *out, DecodeError *error);
bool parseArray(const QByteArray &json, QJsonArray *out, DecodeError *error);

/// True for "", {} and [] (and null/undefined): values that say "nothing".
bool isEmptyValue(const QJsonValue &json);

/// Translated messages shared by the decoders.
QString expectedObjectText();
QString expectedListText();

/// How one modelled C++ type maps to JSON. The primary template serves the domain types,
/// which provide `static DecodeResult<T> fromJson(const QJsonObject &, const JsonPath &)` and
/// `QJsonObject toJson() const`.
template<typename T, typename = void>
struct Traits
{
    static bool decode(
        const QJsonValue &json, const JsonPath &path, T *out, Form *form, DecodeError *error)
    {
        if (json.isObject()) {
            DecodeResult<T> result = T::fromJson(json.toObject(), path);
            if (!result) {
                *error = result.error();
                return false;
            }
            *out = result.takeValue();
            *form = Form::Canonical;
            return true;
        }
        if (isEmptyValue(json)) {
            *out = T();
            *form = Form::Empty;
            return true;
        }
        *error = DecodeError {path.toString(), expectedObjectText()};
        return false;
    }
    static QJsonValue encode(const T &value) { return value.toJson(); }
};

/// Adapts one primitive decoder to the Traits interface.
template<typename T, bool (*Decode)(const QJsonValue &, T *, Form *, QString *),
    QJsonValue (*Encode)(const T &)>
struct PrimitiveTraits
{
    static bool decode(
        const QJsonValue &json, const JsonPath &path, T *out, Form *form, DecodeError *error)
    {
        QString message;
        if (Decode(json, out, form, &message))
            return true;
        *error = DecodeError {path.toString(), message};
        return false;
    }
    static QJsonValue encode(const T &value) { return Encode(value); }
};

/// JSON's own types are written as they are.
template<typename T>
QJsonValue encodePlain(const T &value)
{
    return QJsonValue(value);
}

template<>
struct Traits<QString> : PrimitiveTraits<QString, decodeString, encodePlain<QString>>
{ };
template<>
struct Traits<double> : PrimitiveTraits<double, decodeDouble, encodePlain<double>>
{ };
template<>
struct Traits<int> : PrimitiveTraits<int, decodeInt, encodePlain<int>>
{ };
template<>
struct Traits<bool> : PrimitiveTraits<bool, decodeBool, encodePlain<bool>>
{ };
template<>
struct Traits<ObjectId> : PrimitiveTraits<ObjectId, decodeObjectId, encodeObjectId>
{ };
template<>
struct Traits<Timestamp> : PrimitiveTraits<Timestamp, decodeTimestamp, encodeTimestamp>
{ };

/// Lists: each element decoded as T. Null or empty elements are dropped, which makes the
/// list tolerated (its original is written back until the client replaces it).
template<typename T>
struct Traits<QList<T>>
{
    static bool decode(
        const QJsonValue &json, const JsonPath &path, QList<T> *out, Form *form, DecodeError *error)
    {
        out->clear();
        if (!json.isArray()) {
            if (isEmptyValue(json)) {
                *form = Form::Empty;
                return true;
            }
            *error = DecodeError {path.toString(), expectedListText()};
            return false;
        }
        const QJsonArray array = json.toArray();
        out->reserve(array.size());
        *form = Form::Canonical;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue element = array.at(i);
            if (element.isNull()) {
                *form = Form::Tolerated;
                continue;
            }
            T value;
            Form elementForm = Form::Canonical;
            if (!Traits<T>::decode(element, path.element(i), &value, &elementForm, error))
                return false;
            if (elementForm == Form::Empty) {
                *form = Form::Tolerated;
                continue;
            }
            if (elementForm == Form::Tolerated)
                *form = Form::Tolerated;
            out->append(std::move(value));
        }
        return true;
    }
    static QJsonValue encode(const QList<T> &values)
    {
        QJsonArray array;
        for (const T &value : values)
            array.append(Traits<T>::encode(value));
        return array;
    }
};

/// The canonical JSON of a field's value: undefined when absent, null when null or empty.
template<typename T>
QJsonValue encodeField(const JsonField<T> &field)
{
    if (field.hasValue())
        return Traits<T>::encode(field.value());
    return field.isPresent() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonValue::Undefined);
}

/// Decodes one free-standing value (an editor's input) into a field: undefined clears it,
/// null sets null, anything else must decode. Tolerated and empty forms are normalised.
template<typename T>
bool assignField(
    JsonField<T> &field, const QJsonValue &json, const JsonPath &path, DecodeError *error)
{
    if (json.isUndefined()) {
        field.clear();
        return true;
    }
    if (json.isNull()) {
        field.setNull();
        return true;
    }
    T value;
    Form form = Form::Canonical;
    if (!Traits<T>::decode(json, path, &value, &form, error))
        return false;
    if (form == Form::Empty)
        field.setNull();
    else
        field.set(std::move(value));
    return true;
}

/// Reads the members of one object into fields, collecting what it does not model.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, const JsonPath &path);

    /// Reads the member of \a field (a required one must have a value). After the first error,
    /// further reads do nothing.
    template<typename T>
    void read(JsonField<T> &field)
    {
        if (m_failed)
            return;
        const QLatin1String key = field.key();
        const QJsonValue json = m_rest.take(key);
        if (json.isUndefined() || json.isNull()) {
            if (json.isNull())
                field.setNull();
            else
                field.clear();
            if (field.isRequired())
                fail(key, missingText());
            return;
        }
        T value;
        Form form = Form::Canonical;
        if (!Traits<T>::decode(json, m_path.child(key), &value, &form, &m_error)) {
            m_failed = true;
            return;
        }
        switch (form) {
        case Form::Canonical:
            field.setDecoded(std::move(value), FieldState::Value);
            break;
        case Form::Tolerated:
            field.setDecoded(std::move(value), FieldState::Tolerated);
            m_verbatim.insert(key, json);
            break;
        case Form::Empty:
            field.setDecoded(T(), FieldState::Empty);
            m_verbatim.insert(key, json);
            if (field.isRequired())
                fail(key, missingText());
            break;
        }
    }

    void fail(QLatin1String key, const QString &message);
    bool hasError() const { return m_failed; }
    DecodeError error() const { return m_error; }
    const JsonPath &path() const { return m_path; }

    /// Members not read, to be written back untouched.
    QJsonObject rest() const { return m_rest; }
    /// Originals of members read in a tolerated or empty form.
    QJsonObject verbatim() const { return m_verbatim; }

    static QString missingText();

private:
    QJsonObject m_rest;
    QJsonObject m_verbatim;
    const JsonPath &m_path;
    DecodeError m_error;
    bool m_failed = false;
};

/// Writes fields over the members a document did not model.
class ObjectWriter
{
public:
    ObjectWriter(const QJsonObject &rest, const QJsonObject &verbatim)
        : m_object(rest), m_verbatim(verbatim)
    { }

    template<typename T>
    void write(const JsonField<T> &field)
    {
        const QLatin1String key = field.key();
        switch (field.state()) {
        case FieldState::Absent:
            break;
        case FieldState::Null:
            m_object.insert(key, QJsonValue(QJsonValue::Null));
            break;
        case FieldState::Empty:
        case FieldState::Tolerated:
            m_object.insert(key, m_verbatim.value(key));
            break;
        case FieldState::Value:
            m_object.insert(key, Traits<T>::encode(field.value()));
            break;
        }
    }

    QJsonObject result() const { return m_object; }

private:
    QJsonObject m_object;
    const QJsonObject &m_verbatim;
};

/// The base of a modelled document type T (User, Address, Order...). T declares its members
/// once, each a JsonField with its key, and lists them in a private
/// `template<typename Self> static auto members(Self &self)` returning std::tie of them (and
/// befriends Document<T>). fromJson() then reads them and keeps every member T does not model;
/// toJson() writes them back over those, each in the form it arrived in, so that toJson()
/// gives back what fromJson() received. Documents are equal when they encode alike.
template<typename T>
class Document
{
public:
    /// A required member (`_id`) missing or not decodable is an error naming it.
    static DecodeResult<T> fromJson(const QJsonObject &json, const JsonPath &path = {})
    {
        T document;
        ObjectReader reader(json, path);
        std::apply([&reader](auto &...field) { (reader.read(field), ...); }, T::members(document));
        if (reader.hasError())
            return reader.error();
        document.m_rest = reader.rest();
        document.m_verbatim = reader.verbatim();
        return document;
    }

    QJsonObject toJson() const
    {
        ObjectWriter writer(m_rest, m_verbatim);
        std::apply([&writer](const auto &...field) { (writer.write(field), ...); },
            T::members(static_cast<const T &>(*this)));
        return writer.result();
    }

    /// Members this type does not model.
    QJsonObject unknownMembers() const { return m_rest; }

    friend bool operator==(const T &a, const T &b) { return a.toJson() == b.toJson(); }
    friend bool operator!=(const T &a, const T &b) { return !(a == b); }

private:
    QJsonObject m_rest;
    QJsonObject m_verbatim;
};

/// Decodes a body holding one document of type T.
template<typename T>
DecodeResult<T> decodeObject(const QByteArray &json)
{
    QJsonObject object;
    DecodeError error;
    if (!parseObject(json, &object, &error)) {
        logDecodeError(error);
        return error;
    }
    DecodeResult<T> result = T::fromJson(object, JsonPath());
    if (!result)
        logDecodeError(result.error());
    return result;
}

/// Decodes a body holding an array of documents of type T; errors name the element ("[3]._id").
template<typename T>
DecodeResult<QList<T>> decodeArray(const QByteArray &json)
{
    QJsonArray array;
    DecodeError error;
    if (!parseArray(json, &array, &error)) {
        logDecodeError(error);
        return error;
    }
    QList<T> values;
    values.reserve(array.size());
    const JsonPath root;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const JsonPath path = root.element(i);
        const QJsonValue element = array.at(i);
        if (!element.isObject()) {
            error = DecodeError {path.toString(), expectedObjectText()};
            logDecodeError(error);
            return error;
        }
        DecodeResult<T> result = T::fromJson(element.toObject(), path);
        if (!result) {
            logDecodeError(result.error());
            return result.error();
        }
        values.append(result.takeValue());
    }
    return values;
}

template<typename T>
QJsonArray encodeArray(const QList<T> &values)
{
    QJsonArray array;
    for (const T &value : values)
        array.append(value.toJson());
    return array;
}

} // namespace ExtendedJson
