// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/DecodeError.h"
#include "models/codec/ExtendedJson.h"
#include "models/codec/JsonField.h"
#include "models/codec/JsonPath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <tuple>

/// A geographic position, [lat, lng] in the API.
struct GeoPoint
{
    double latitude = 0;
    double longitude = 0;

    friend bool operator==(const GeoPoint &a, const GeoPoint &b)
    {
        return a.latitude == b.latitude && a.longitude == b.longitude;
    }
    friend bool operator!=(const GeoPoint &a, const GeoPoint &b) { return !(a == b); }
};

namespace ExtendedJson {
/// Geo is never worth failing a document for: any shape other than [lat, lng] is kept verbatim.
template<>
struct Traits<GeoPoint>
{
    static bool decode(const QJsonValue &json, const JsonPath &path, GeoPoint *out, Form *form,
        DecodeError *error);
    static QJsonValue encode(const GeoPoint &value);
};
} // namespace ExtendedJson

/// A postal address as a geocoder left it: the fields the client shows, and every other key
/// (raw{}, service_address_id, anything new) kept and written back untouched.
class Address : public ExtendedJson::Document<Address>
{
    Q_DECLARE_TR_FUNCTIONS(Address)

public:
    Address() = default;

    /// The body of PUT /users/{id}/addresses.
    static QJsonArray listToJson(const QList<Address> &addresses);

    QString streetName() const { return m_streetName.value(); }
    QString zipCode() const { return m_zipCode.value(); }
    QString city() const { return m_city.value(); }
    QString state() const { return m_state.value(); }
    QString country() const { return m_country.value(); }
    QString alias() const { return m_alias.value(); }
    QString service() const { return m_service.value(); }
    QString serviceAddressId() const { return m_serviceAddressId.value(); }
    bool hasGeo() const { return m_geo.hasValue(); }
    GeoPoint geo() const { return m_geo.value(); }

    // Setters change nothing when the value is unchanged, or empty for a member never received.
    void setStreetName(const QString &value) { m_streetName.assign(value); }
    void setZipCode(const QString &value) { m_zipCode.assign(value); }
    void setCity(const QString &value) { m_city.assign(value); }
    void setState(const QString &value) { m_state.assign(value); }
    void setCountry(const QString &value) { m_country.assign(value); }
    void setAlias(const QString &value) { m_alias.assign(value); }
    void setGeo(const GeoPoint &value) { m_geo.set(value); }

    /// True when no part of the postal address has text.
    bool isEmpty() const;
    /// "Osloer Straße 1, 13359 Berlin, Germany": the non-empty parts, the state only when it
    /// is not the city. Empty for an empty address.
    QString oneLine() const;

private:
    friend class ExtendedJson::Document<Address>;
    template<typename Self>
    static auto members(Self &address)
    {
        return std::tie(address.m_streetName, address.m_zipCode, address.m_city, address.m_state,
            address.m_country, address.m_alias, address.m_service, address.m_serviceAddressId,
            address.m_geo);
    }

    JsonField<QString> m_streetName {"street_name"};
    JsonField<QString> m_zipCode {"zip_code"};
    JsonField<QString> m_city {"city"};
    JsonField<QString> m_state {"state"};
    JsonField<QString> m_country {"country"};
    JsonField<QString> m_alias {"alias"};
    JsonField<QString> m_service {"service"};
    JsonField<QString> m_serviceAddressId {"service_address_id"};
    JsonField<GeoPoint> m_geo {"geo"};
};
