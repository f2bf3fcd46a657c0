// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/Address.h"

namespace {

const QLatin1String StreetNameKey("street_name");
const QLatin1String ZipCodeKey("zip_code");
const QLatin1String CityKey("city");
const QLatin1String StateKey("state");
const QLatin1String CountryKey("country");
const QLatin1String AliasKey("alias");
const QLatin1String ServiceKey("service");
const QLatin1String ServiceAddressIdKey("service_address_id");
const QLatin1String GeoKey("geo");

} // namespace

namespace ExtendedJson {

bool Traits<GeoPoint>::decode(
    const QJsonValue &json, const JsonPath &, GeoPoint *out, Form *form, DecodeError *)
{
    const QJsonArray array = json.toArray();
    if (json.isArray() && array.size() == 2 && array.at(0).isDouble() && array.at(1).isDouble()) {
        *out = GeoPoint {array.at(0).toDouble(), array.at(1).toDouble()};
        *form = Form::Canonical;
    } else {
        *out = GeoPoint();
        *form = Form::Empty;
    }
    return true;
}

QJsonValue Traits<GeoPoint>::encode(const GeoPoint &value)
{
    return QJsonArray {value.latitude, value.longitude};
}

} // namespace ExtendedJson

DecodeResult<Address> Address::fromJson(const QJsonObject &json, const JsonPath &path)
{
    Address address;
    ExtendedJson::ObjectReader reader(json, path);
    reader.read(StreetNameKey, address.m_streetName);
    reader.read(ZipCodeKey, address.m_zipCode);
    reader.read(CityKey, address.m_city);
    reader.read(StateKey, address.m_state);
    reader.read(CountryKey, address.m_country);
    reader.read(AliasKey, address.m_alias);
    reader.read(ServiceKey, address.m_service);
    reader.read(ServiceAddressIdKey, address.m_serviceAddressId);
    reader.read(GeoKey, address.m_geo);
    if (reader.hasError())
        return reader.error();
    address.m_rest = reader.rest();
    address.m_verbatim = reader.verbatim();
    return address;
}

QJsonObject Address::toJson() const
{
    ExtendedJson::ObjectWriter writer(m_rest, m_verbatim);
    writer.write(StreetNameKey, m_streetName);
    writer.write(ZipCodeKey, m_zipCode);
    writer.write(CityKey, m_city);
    writer.write(StateKey, m_state);
    writer.write(CountryKey, m_country);
    writer.write(AliasKey, m_alias);
    writer.write(ServiceKey, m_service);
    writer.write(ServiceAddressIdKey, m_serviceAddressId);
    writer.write(GeoKey, m_geo);
    return writer.result();
}

QJsonArray Address::listToJson(const QList<Address> &addresses)
{
    return ExtendedJson::encodeArray(addresses);
}

bool Address::isEmpty() const
{
    return streetName().trimmed().isEmpty() && zipCode().trimmed().isEmpty()
        && city().trimmed().isEmpty() && state().trimmed().isEmpty()
        && country().trimmed().isEmpty();
}

QString Address::oneLine() const
{
    QStringList parts;
    const auto add = [&parts](const QString &part) {
        const QString text = part.simplified();
        if (!text.isEmpty())
            parts.append(text);
    };
    add(streetName());
    add(zipCode().simplified() + QLatin1Char(' ') + city().simplified());
    if (state().simplified().compare(city().simplified(), Qt::CaseInsensitive) != 0)
        add(state());
    add(country());
    return parts.join(tr(", "));
}
