// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/ExtendedJson.h"
#include "models/codec/JsonField.h"
#include "models/codec/ObjectId.h"

#include <QString>

#include <tuple>

/// The company of the API key (GET /company, a local addition): its name and its default
/// country, where a phone number written without a country code is from, with that country's
/// calling code (digits, empty when the server does not know the country). A missing or
/// invalid `_id` is an error naming "_id".
class Company : public ExtendedJson::Document<Company>
{
public:
    Company() = default;

    ObjectId id() const { return m_id.value(); }
    QString name() const { return m_name.value(); }
    /// ISO 3166-1 alpha-2, e.g. "NO"; empty when unknown.
    QString country() const { return m_country.value(); }
    /// E.g. "47"; empty when unknown, or when it is not digits only.
    QString callingCode() const;

private:
    friend class ExtendedJson::Document<Company>;
    template<typename Self>
    static auto members(Self &c)
    {
        return std::tie(c.m_id, c.m_name, c.m_country, c.m_callingCode);
    }

    JsonField<ObjectId> m_id {"_id", Presence::Required};
    JsonField<QString> m_name {"name"};
    JsonField<QString> m_country {"country"};
    JsonField<QString> m_callingCode {"calling_code"};
};
