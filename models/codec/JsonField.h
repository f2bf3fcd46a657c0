// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLatin1String>
#include <QtGlobal>

#include <cstddef>
#include <utility>

/// What a document said about one modelled member.
enum class FieldState : quint8 {
    Absent, ///< the member was not in the document (and is never written back)
    Null, ///< the member was JSON null
    Empty, ///< "", {} or [] where another type was expected; written back verbatim
    Value, ///< a value in its canonical form (or set by the client)
    Tolerated ///< a value decoded from another form ("12" for 12, an ISO date...); written
              ///< back verbatim until the client changes it
};

/// Whether a document must have a member with a value (a document's `_id`).
enum class Presence : quint8 { Optional, Required };

/// One modelled member of a document: its key, the decoded value and what the document said,
/// so that encoding writes back exactly what was received (absent stays absent, null stays
/// null). A document type declares each member once, with its key:
/// `JsonField<QString> m_email {"email"};`.
template<typename T>
class JsonField
{
public:
    /// A value on its own (an editor's input), under no key.
    JsonField() = default;
    explicit JsonField(QLatin1String key, Presence presence = Presence::Optional)
        : m_key(key), m_presence(presence)
    { }
    template<std::size_t N>
    explicit JsonField(const char (&key)[N], Presence presence = Presence::Optional)
        : JsonField(QLatin1String(key, qsizetype(N - 1)), presence)
    { }

    QLatin1String key() const { return m_key; }
    bool isRequired() const { return m_presence == Presence::Required; }

    FieldState state() const { return m_state; }
    bool isPresent() const { return m_state != FieldState::Absent; }
    bool isNull() const { return m_state == FieldState::Null; }
    bool hasValue() const
    {
        return m_state == FieldState::Value || m_state == FieldState::Tolerated;
    }

    /// The value, or a default-constructed T when there is none.
    const T &value() const { return m_value; }
    T valueOr(const T &fallback) const { return hasValue() ? m_value : fallback; }

    /// Sets a value chosen by the client; it is written in canonical form.
    void set(T value)
    {
        m_value = std::move(value);
        m_state = FieldState::Value;
    }
    /// Sets a value unless that changes nothing: the same value as now, or a default (empty)
    /// value where the document had none, so that a member never received is never sent
    /// as empty and an unchanged member keeps the exact form it arrived in.
    void assign(T value)
    {
        if (hasValue() ? m_value == value : value == T())
            return;
        set(std::move(value));
    }
    void setNull()
    {
        m_value = T();
        m_state = FieldState::Null;
    }
    /// Forgets the member: it is not written at all.
    void clear()
    {
        m_value = T();
        m_state = FieldState::Absent;
    }
    /// Used by the decoder.
    void setDecoded(T value, FieldState state)
    {
        m_value = std::move(value);
        m_state = state;
    }

    friend bool operator==(const JsonField &a, const JsonField &b)
    {
        return a.m_state == b.m_state && a.m_value == b.m_value;
    }
    friend bool operator!=(const JsonField &a, const JsonField &b) { return !(a == b); }

private:
    T m_value {};
    QLatin1String m_key;
    FieldState m_state = FieldState::Absent;
    Presence m_presence = Presence::Optional;
};
