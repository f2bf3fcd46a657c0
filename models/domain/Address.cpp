// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/Address.h"

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
