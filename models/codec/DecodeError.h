// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"

#include <QString>

#include <utility>
#include <variant>

/// Why a JSON document could not be decoded into a domain value: which member (a path such as
/// "items[2].quantity"; empty for the document itself) and a message for a person.
/// The API layer turns it into an ApiError of kind MalformedBody.
struct DecodeError
{
    QString field;
    QString message;

    /// "items[2].quantity: expected a number", or the message alone when no field is named.
    QString toString() const;
    /// The ApiError of kind MalformedBody every call finishes with when a body does not decode.
    ApiError toApiError(const QString &host = QString()) const;
};

bool operator==(const DecodeError &a, const DecodeError &b);
inline bool operator!=(const DecodeError &a, const DecodeError &b)
{
    return !(a == b);
}

/// Either a decoded value or the DecodeError that prevented it.
template<typename T>
class DecodeResult
{
public:
    DecodeResult(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    DecodeResult(DecodeError error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool isOk() const { return m_data.index() == 0; }
    explicit operator bool() const { return isOk(); }

    /// The value; only meaningful when isOk().
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T takeValue() { return std::move(std::get<0>(m_data)); }

    /// The error; a default (empty) error when isOk().
    DecodeError error() const { return isOk() ? DecodeError() : std::get<1>(m_data); }

private:
    std::variant<T, DecodeError> m_data;
};
