// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Internal to builton_models (includes simdjson): decoding of list pages with simdjson
// on-demand, straight from the body bytes into a model's compact rows. The readers accept
// exactly the forms the full codec (ExtendedJson) accepts and reject what it rejects, with
// the same messages, so a list page and the record it shows agree on what is valid.

#include "models/codec/DecodeError.h"
#include "models/codec/JsonPath.h"

#include <QByteArray>
#include <QString>

#include <simdjson.h>

#include <array>
#include <memory>
#include <string>
#include <string_view>

namespace PageJson {

using simdjson::ondemand::object;
using simdjson::ondemand::value;

/// What a reader found.
enum class Status {
    Value, ///< a value (canonical or tolerated form)
    Empty, ///< null, "", {} or []: no value, and no error
    WrongType, ///< a value the field cannot hold (the codec rejects it as well)
    BadJson, ///< the bytes are not valid JSON
};

/// Text: a string, or a number written as text ("12"). *out may point into \a scratch or into
/// the parser's buffers: copy it before the next read.
Status readText(value &json, std::string_view *out, std::string *scratch);
/// true/false, 0/1, "true"/"false"/"1"/"0" (any case).
Status readBool(value &json, bool *out);
/// {"$oid": "<24 hex>"} or a bare 24-hex string.
Status readObjectId(value &json, std::array<quint8, 12> *out);
/// {"$date": ms | "ISO" | "ms" | {"$numberLong": "ms"}}, bare ms or a bare ISO string.
Status readTimestamp(value &json, qint64 *msecs);
/// A list of texts; null, {} and [] elements are skipped ("" is kept, as the codec keeps it).
/// Calls onText(std::string_view) per element; on WrongType *badIndex names the element at fault
/// (-1: the member itself).
template<typename OnText>
Status readTextList(value &json, std::string *scratch, int *badIndex, OnText &&onText);

/// True when 24 characters of hex (either case) fill \a out.
bool parseObjectId(std::string_view hex, std::array<quint8, 12> *out);

// The codec's messages (same translation context and source text).
QString expectedTextMessage();
QString expectedBoolMessage();
QString expectedObjectIdMessage();
QString expectedDateMessage();
QString expectedListMessage();
QString expectedObjectMessage();
QString missingMessage();
QString invalidJsonMessage();

/// DecodeError for a reader's WrongType at \a path.
DecodeError wrongType(const JsonPath &path, const QString &message);
/// DecodeError for bytes that are not JSON.
DecodeError invalidJson(simdjson::error_code code = simdjson::TAPE_ERROR);

/// Reads one list page: a padded copy of the body, then one on-demand pass over the root
/// array. One reader serves every model of a thread (pages are decoded one at a time), so the
/// parser's buffers exist once.
class PageReader
{
public:
    PageReader() = default;
    PageReader(const PageReader &) = delete;
    PageReader &operator=(const PageReader &) = delete;

    /// The reader of the calling thread.
    static PageReader &forThread();

    /// Calls decodeElement(object &, const JsonPath &elementPath, DecodeError *error) for each
    /// element of the root array, in order; an element that is not an object is an error
    /// naming it ("[3]"). Returns false at the first error.
    template<typename DecodeElement>
    bool read(const QByteArray &body, DecodeError *error, DecodeElement &&decodeElement);

private:
    bool start(const QByteArray &body, simdjson::ondemand::array *array, DecodeError *error);
    bool finish(DecodeError *error);

    simdjson::ondemand::parser m_parser;
    simdjson::ondemand::document m_document;
    std::unique_ptr<char[]> m_buffer;
    size_t m_capacity = 0;
};

template<typename OnText>
Status readTextList(value &json, std::string *scratch, int *badIndex, OnText &&onText)
{
    *badIndex = -1;
    simdjson::ondemand::json_type type;
    if (json.type().get(type))
        return Status::BadJson;
    if (type != simdjson::ondemand::json_type::array) {
        std::string_view ignored;
        const Status status = readText(json, &ignored, scratch);
        // Strings and numbers are not lists; only the empty forms are tolerated.
        if (status == Status::Empty || status == Status::BadJson)
            return status;
        return Status::WrongType;
    }
    simdjson::ondemand::array array;
    if (json.get_array().get(array))
        return Status::BadJson;
    int index = 0;
    for (auto element : array) {
        value item;
        if (element.get(item))
            return Status::BadJson;
        simdjson::ondemand::json_type itemType;
        std::string_view text;
        if (item.type().get(itemType))
            return Status::BadJson;
        // As in the codec, "" in a list is an empty text (kept), not a missing one.
        if (itemType == simdjson::ondemand::json_type::string) {
            if (item.get_string().get(text))
                return Status::BadJson;
            onText(text);
            ++index;
            continue;
        }
        switch (readText(item, &text, scratch)) {
        case Status::Value:
            onText(text);
            break;
        case Status::Empty:
            break;
        case Status::WrongType:
            *badIndex = index;
            return Status::WrongType;
        case Status::BadJson:
            return Status::BadJson;
        }
        ++index;
    }
    return Status::Value;
}

template<typename DecodeElement>
bool PageReader::read(const QByteArray &body, DecodeError *error, DecodeElement &&decodeElement)
{
    simdjson::ondemand::array array;
    if (!start(body, &array, error))
        return false;
    const JsonPath root;
    qsizetype index = 0;
    for (auto element : array) {
        value item;
        simdjson::error_code code = element.get(item);
        simdjson::ondemand::json_type type = simdjson::ondemand::json_type::null;
        if (!code)
            code = item.type().get(type);
        if (code) {
            *error = invalidJson(code);
            return false;
        }
        const JsonPath path = root.element(index);
        if (type != simdjson::ondemand::json_type::object) {
            *error = DecodeError {path.toString(), expectedObjectMessage()};
            return false;
        }
        object document;
        if ((code = item.get_object().get(document))) {
            *error = invalidJson(code);
            return false;
        }
        if (!decodeElement(document, path, error))
            return false;
        ++index;
    }
    return finish(error);
}

} // namespace PageJson
