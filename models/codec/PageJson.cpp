// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/codec/PageJson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>
#include <cstring>
#include <utility>

namespace PageJson {

using simdjson::ondemand::json_type;

namespace {

// Dates within +-300000 years, as in ExtendedJson.
constexpr double MaxMSecs = 9.4e15;

bool msecsFromDouble(double number, qint64 *out)
{
    if (!std::isfinite(number) || std::fabs(number) > MaxMSecs)
        return false;
    *out = std::llround(number);
    return true;
}

QString qtString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool parseMSecs(std::string_view text, qint64 *out)
{
    bool ok = false;
    const qint64 number = qtString(text).trimmed().toLongLong(&ok);
    if (!ok)
        return false;
    *out = number;
    return true;
}

bool parseIsoDate(std::string_view text, qint64 *out)
{
    QDateTime dateTime = QDateTime::fromString(qtString(text).trimmed(), Qt::ISODateWithMs);
    if (!dateTime.isValid())
        return false;
    if (dateTime.timeSpec() == Qt::LocalTime)
        dateTime = QDateTime(dateTime.date(), dateTime.time(), Qt::UTC);
    *out = dateTime.toMSecsSinceEpoch();
    return true;
}

/// The codec's text for a number sent where text was expected.
std::string numberText(double number)
{
    QString text;
    if (std::floor(number) == number && std::fabs(number) < 9007199254740992.0)
        text = QString::number(qint64(number));
    else
        text = QString::number(number, 'g', QLocale::FloatingPointShortest);
    return text.toStdString();
}

/// {} and [] are "nothing"; any other object or array is the wrong type.
Status emptyOrWrong(value &json, json_type type)
{
    bool empty = false;
    if (type == json_type::object) {
        object members;
        if (json.get_object().get(members) || members.is_empty().get(empty))
            return Status::BadJson;
    } else {
        simdjson::ondemand::array elements;
        if (json.get_array().get(elements) || elements.is_empty().get(empty))
            return Status::BadJson;
    }
    return empty ? Status::Empty : Status::WrongType;
}

/// Consumes a null, checking that it is one.
Status readNull(value &json)
{
    bool isNull = false;
    if (json.is_null().get(isNull) || !isNull)
        return Status::BadJson;
    return Status::Empty;
}

/// Whether an object is exactly {"<key>": <string>}; *text receives the string.
/// Status::WrongType for any other object.
Status singleStringMember(object &members, std::string_view key, std::string_view *text)
{
    int count = 0;
    bool found = false;
    for (auto member : members) {
        simdjson::ondemand::field field;
        std::string_view name;
        if (std::move(member).get(field) || field.unescaped_key().get(name))
            return Status::BadJson;
        ++count;
        value &inner = field.value();
        if (name == key) {
            json_type type;
            if (inner.type().get(type))
                return Status::BadJson;
            if (type == json_type::string) {
                if (inner.get_string().get(*text))
                    return Status::BadJson;
                found = true;
            } else {
                found = false;
            }
        }
    }
    return count == 1 && found ? Status::Value : Status::WrongType;
}

} // namespace

QString expectedTextMessage()
{
    return QCoreApplication::translate("ExtendedJson", "expected text");
}

QString expectedBoolMessage()
{
    return QCoreApplication::translate("ExtendedJson", "expected true or false");
}

QString expectedObjectIdMessage()
{
    return QCoreApplication::translate("ExtendedJson", "expected an object id");
}

QString expectedDateMessage()
{
    return QCoreApplication::translate("ExtendedJson", "expected a date");
}

QString expectedListMessage()
{
    return QCoreApplication::translate("ExtendedJson", "expected a list");
}

QString expectedObjectMessage()
{
    return QCoreApplication::translate("ExtendedJson", "expected an object");
}

QString missingMessage()
{
    return QCoreApplication::translate("ExtendedJson", "missing");
}

QString invalidJsonMessage()
{
    return QCoreApplication::translate("PageJson", "the response is not valid JSON");
}

DecodeError wrongType(const JsonPath &path, const QString &message)
{
    return DecodeError {path.toString(), message};
}

DecodeError invalidJson(simdjson::error_code code)
{
    return DecodeError {QString(),
        QCoreApplication::translate("PageJson", "the response is not valid JSON (%1)")
            .arg(QString::fromUtf8(simdjson::error_message(code)))};
}

bool parseObjectId(std::string_view hex, std::array<quint8, 12> *out)
{
    if (hex.size() != 24)
        return false;
    auto digit = [](char c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    std::array<quint8, 12> bytes;
    for (size_t i = 0; i < 12; ++i) {
        const int high = digit(hex[2 * i]);
        const int low = digit(hex[2 * i + 1]);
        if (high < 0 || low < 0)
            return false;
        bytes[i] = quint8(high << 4 | low);
    }
    *out = bytes;
    return true;
}

Status readText(value &json, std::string_view *out, std::string *scratch)
{
    json_type type;
    if (json.type().get(type))
        return Status::BadJson;
    switch (type) {
    case json_type::string:
        if (json.get_string().get(*out))
            return Status::BadJson;
        return out->empty() ? Status::Empty : Status::Value;
    case json_type::number: {
        double number = 0;
        if (json.get_double().get(number))
            return Status::BadJson;
        *scratch = numberText(number);
        *out = *scratch;
        return Status::Value;
    }
    case json_type::null:
        return readNull(json);
    case json_type::object:
    case json_type::array:
        return emptyOrWrong(json, type);
    case json_type::boolean: {
        bool ignored = false;
        if (json.get_bool().get(ignored))
            return Status::BadJson;
        return Status::WrongType;
    }
    }
    return Status::BadJson;
}

Status readBool(value &json, bool *out)
{
    *out = false;
    json_type type;
    if (json.type().get(type))
        return Status::BadJson;
    switch (type) {
    case json_type::boolean:
        return json.get_bool().get(*out) ? Status::BadJson : Status::Value;
    case json_type::null:
        return readNull(json);
    case json_type::object:
    case json_type::array:
        return emptyOrWrong(json, type);
    case json_type::number: {
        double number = 0;
        if (json.get_double().get(number))
            return Status::BadJson;
        if (number != 0 && number != 1)
            return Status::WrongType;
        *out = number == 1;
        return Status::Value;
    }
    case json_type::string: {
        std::string_view text;
        if (json.get_string().get(text))
            return Status::BadJson;
        if (text.empty())
            return Status::Empty;
        const QString trimmed = qtString(text).trimmed();
        const bool isTrue = trimmed.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
            || trimmed == QLatin1String("1");
        const bool isFalse = trimmed.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0
            || trimmed == QLatin1String("0");
        if (!isTrue && !isFalse)
            return Status::WrongType;
        *out = isTrue;
        return Status::Value;
    }
    }
    return Status::BadJson;
}

Status readObjectId(value &json, std::array<quint8, 12> *out)
{
    json_type type;
    if (json.type().get(type))
        return Status::BadJson;
    std::string_view text;
    switch (type) {
    case json_type::string:
        if (json.get_string().get(text))
            return Status::BadJson;
        if (text.empty())
            return Status::Empty;
        break;
    case json_type::object: {
        object members;
        bool empty = false;
        if (json.get_object().get(members) || members.is_empty().get(empty))
            return Status::BadJson;
        if (empty)
            return Status::Empty;
        const Status status = singleStringMember(members, "$oid", &text);
        if (status != Status::Value)
            return status;
        break;
    }
    case json_type::null:
        return readNull(json);
    case json_type::array:
        return emptyOrWrong(json, type);
    case json_type::number: {
        double ignored = 0;
        return json.get_double().get(ignored) ? Status::BadJson : Status::WrongType;
    }
    case json_type::boolean: {
        bool ignored = false;
        return json.get_bool().get(ignored) ? Status::BadJson : Status::WrongType;
    }
    }
    return parseObjectId(text, out) ? Status::Value : Status::WrongType;
}

Status readTimestamp(value &json, qint64 *msecs)
{
    json_type type;
    if (json.type().get(type))
        return Status::BadJson;
    switch (type) {
    case json_type::null:
        return readNull(json);
    case json_type::array:
        return emptyOrWrong(json, type);
    case json_type::boolean: {
        bool ignored = false;
        return json.get_bool().get(ignored) ? Status::BadJson : Status::WrongType;
    }
    case json_type::number: {
        double number = 0;
        if (json.get_double().get(number))
            return Status::BadJson;
        return msecsFromDouble(number, msecs) ? Status::Value : Status::WrongType;
    }
    case json_type::string: {
        std::string_view text;
        if (json.get_string().get(text))
            return Status::BadJson;
        if (text.empty())
            return Status::Empty;
        return parseIsoDate(text, msecs) ? Status::Value : Status::WrongType;
    }
    case json_type::object:
        break;
    }

    object members;
    if (json.get_object().get(members))
        return Status::BadJson;
    int count = 0;
    Status result = Status::WrongType;
    for (auto member : members) {
        simdjson::ondemand::field field;
        std::string_view name;
        if (std::move(member).get(field) || field.unescaped_key().get(name))
            return Status::BadJson;
        ++count;
        if (name != "$date")
            continue;
        value &date = field.value();
        json_type dateType;
        if (date.type().get(dateType))
            return Status::BadJson;
        result = Status::WrongType;
        if (dateType == json_type::number) {
            double number = 0;
            if (date.get_double().get(number))
                return Status::BadJson;
            if (msecsFromDouble(number, msecs))
                result = Status::Value;
        } else if (dateType == json_type::string) {
            std::string_view text;
            if (date.get_string().get(text))
                return Status::BadJson;
            if (parseMSecs(text, msecs) || parseIsoDate(text, msecs))
                result = Status::Value;
        } else if (dateType == json_type::object) {
            object inner;
            std::string_view text;
            if (date.get_object().get(inner))
                return Status::BadJson;
            const Status status = singleStringMember(inner, "$numberLong", &text);
            if (status == Status::BadJson)
                return status;
            if (status == Status::Value && parseMSecs(text, msecs))
                result = Status::Value;
        }
    }
    if (count == 0)
        return Status::Empty;
    return count == 1 ? result : Status::WrongType;
}

PageReader &PageReader::forThread()
{
    static thread_local PageReader reader;
    return reader;
}

bool PageReader::start(const QByteArray &body, simdjson::ondemand::array *array, DecodeError *error)
{
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: parse a padded copy.
    const size_t size = size_t(body.size());
    if (size + simdjson::SIMDJSON_PADDING > m_capacity) {
        m_capacity = size + simdjson::SIMDJSON_PADDING + size / 4;
        m_buffer.reset(new char[m_capacity]);
    }
    std::memcpy(m_buffer.get(), body.constData(), size);
    std::memset(m_buffer.get() + size, 0, simdjson::SIMDJSON_PADDING);

    simdjson::error_code code = m_parser.iterate(m_buffer.get(), size, m_capacity).get(m_document);
    json_type type = json_type::null;
    if (!code)
        code = m_document.type().get(type);
    if (code) {
        *error = invalidJson(code);
        return false;
    }
    if (type != json_type::array) {
        *error = DecodeError {
            QString(), QCoreApplication::translate("ExtendedJson", "expected a JSON array")};
        return false;
    }
    if ((code = m_document.get_array().get(*array))) {
        *error = invalidJson(code);
        return false;
    }
    return true;
}

bool PageReader::finish(DecodeError *error)
{
    // Anything after the root array ("[...][...]") makes the body invalid.
    const char *location = nullptr;
    if (m_document.current_location().get(location) != simdjson::OUT_OF_BOUNDS) {
        *error = invalidJson(simdjson::TRAILING_CONTENT);
        return false;
    }
    return true;
}

} // namespace PageJson
