// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/PaymentMethod.h"

#include "models/codec/ExtendedJson.h"

namespace {

const QLatin1String IdKey("_id");
const QLatin1String MethodKey("method");
const QLatin1String NameKey("name");
const QLatin1String ActiveKey("active");
const QLatin1String UserKey("user");
const QLatin1String CustomerIdKey("customer_id");
const QLatin1String CardKey("card");
const QLatin1String ScaCompatibleKey("is_sca_compatible");
const QLatin1String CreatedKey("created");
const QLatin1String ModifiedKey("modified");
const QLatin1String DeletedKey("deleted");

} // namespace

DecodeResult<PaymentMethod> PaymentMethod::fromJson(const QJsonObject &json, const JsonPath &path)
{
    PaymentMethod method;
    ExtendedJson::ObjectReader reader(json, path);
    reader.require(IdKey, method.m_id);
    reader.read(MethodKey, method.m_method);
    reader.read(NameKey, method.m_name);
    reader.read(ActiveKey, method.m_active);
    reader.read(UserKey, method.m_user);
    reader.read(CustomerIdKey, method.m_customerId);
    reader.read(CardKey, method.m_card);
    reader.read(ScaCompatibleKey, method.m_scaCompatible);
    reader.read(CreatedKey, method.m_created);
    reader.read(ModifiedKey, method.m_modified);
    reader.read(DeletedKey, method.m_deleted);
    if (reader.hasError())
        return reader.error();
    method.m_rest = reader.rest();
    method.m_verbatim = reader.verbatim();
    return method;
}

QJsonObject PaymentMethod::toJson() const
{
    ExtendedJson::ObjectWriter writer(m_rest, m_verbatim);
    writer.write(IdKey, m_id);
    writer.write(MethodKey, m_method);
    writer.write(NameKey, m_name);
    writer.write(ActiveKey, m_active);
    writer.write(UserKey, m_user);
    writer.write(CustomerIdKey, m_customerId);
    writer.write(CardKey, m_card);
    writer.write(ScaCompatibleKey, m_scaCompatible);
    writer.write(CreatedKey, m_created);
    writer.write(ModifiedKey, m_modified);
    writer.write(DeletedKey, m_deleted);
    return writer.result();
}

QString PaymentMethod::label() const
{
    const QString cardLabel = card().label();
    if (!cardLabel.isEmpty())
        return cardLabel;
    if (!name().trimmed().isEmpty())
        return name().trimmed();
    if (!method().trimmed().isEmpty())
        return method().trimmed();
    return tr("Payment method");
}
