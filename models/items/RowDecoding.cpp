// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/items/RowDecoding.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <utility>

namespace RowDecoding {

using simdjson::ondemand::json_type;

namespace {

/// As ExtendedJson's parseNumber: C locale, surrounding blanks allowed, finite only.
bool parseNumber(std::string_view text, double *out)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(
        QString::fromUtf8(text.data(), qsizetype(text.size())).trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return false;
    *out = value;
    return true;
}

bool isWrapperKey(std::string_view key)
{
    return key == "$numberDouble" || key == "$numberInt" || key == "$numberLong"
        || key == "$numberDecimal";
}

} // namespace

QString expectedNumberMessage()
{
    return QCoreApplication::translate("ExtendedJson", "expected a number");
}

QString expectedWholeNumberMessage()
{
    return QCoreApplication::translate("ExtendedJson", "expected a whole number");
}

QString expectedReferenceMessage()
{
    return QCoreApplication::translate("Reference", "expected an object id");
}

Status readNumber(PageJson::value &json, double *out)
{
    *out = 0;
    json_type type;
    if (json.type().get(type))
        return Status::BadJson;
    switch (type) {
    case json_type::number: {
        double number = 0;
        if (json.get_double().get(number))
            return Status::WrongType; // out of double's range
        *out = number;
        return Status::Value;
    }
    case json_type::null: {
        bool isNull = false;
        if (json.is_null().get(isNull) || !isNull)
            return Status::BadJson;
        return Status::Empty;
    }
    case json_type::boolean: {
        bool ignored = false;
        return json.get_bool().get(ignored) ? Status::BadJson : Status::WrongType;
    }
    case json_type::string: {
        std::string_view text;
        if (json.get_string().get(text))
            return Status::BadJson;
        if (text.empty())
            return Status::Empty;
        return parseNumber(text, out) ? Status::Value : Status::WrongType;
    }
    case json_type::array: {
        simdjson::ondemand::array elements;
        bool empty = false;
        if (json.get_array().get(elements) || elements.is_empty().get(empty))
            return Status::BadJson;
        return empty ? Status::Empty : Status::WrongType;
    }
    case json_type::object:
        break;
    }

    simdjson::ondemand::object members;
    if (json.get_object().get(members))
        return Status::BadJson;
    int count = 0;
    bool found = false;
    for (auto member : members) {
        simdjson::ondemand::field field;
        std::string_view key;
        if (std::move(member).get(field) || field.unescaped_key().get(key))
            return Status::BadJson;
        ++count;
        if (!isWrapperKey(key))
            continue;
        PageJson::value &inner = field.value();
        json_type innerType;
        if (inner.type().get(innerType))
            return Status::BadJson;
        found = false;
        if (innerType == json_type::number) {
            if (inner.get_double().get(*out))
                return Status::WrongType;
            found = true;
        } else if (innerType == json_type::string) {
            std::string_view text;
            if (inner.get_string().get(text))
                return Status::BadJson;
            found = parseNumber(text, out);
        }
    }
    if (count == 0)
        return Status::Empty;
    return count == 1 && found ? Status::Value : Status::WrongType;
}

QString hexId(const std::array<quint8, 12> &bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    QString text(24, Qt::Uninitialized);
    QChar *out = text.data();
    for (const quint8 byte : bytes) {
        *out++ = QLatin1Char(digits[byte >> 4]);
        *out++ = QLatin1Char(digits[byte & 0xf]);
    }
    return text;
}

quint16 InternTable::intern(std::string_view text)
{
    if (text.empty())
        return None;
    // Statuses and currencies: a handful of values, where a scan beats hashing.
    if (m_index.empty()) {
        for (size_t i = 0; i < m_keys.size(); ++i) {
            if (m_keys[i] == text)
                return quint16(i + 1);
        }
    } else {
        const auto found = m_index.find(std::string(text));
        if (found != m_index.end())
            return found->second;
    }
    if (m_keys.size() >= Overflow - 1)
        return Overflow;
    m_keys.emplace_back(text);
    m_texts.append(QString::fromUtf8(text.data(), qsizetype(text.size())));
    const auto index = quint16(m_keys.size());
    if (!m_index.empty() || m_keys.size() > 32) {
        if (m_index.empty()) {
            for (size_t i = 0; i < m_keys.size(); ++i)
                m_index.emplace(m_keys[i], quint16(i + 1));
        } else {
            m_index.emplace(m_keys.back(), index);
        }
    }
    return index;
}

} // namespace RowDecoding
