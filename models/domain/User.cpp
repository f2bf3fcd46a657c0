// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/User.h"

namespace {

const QLatin1String IdKey("_id");
const QLatin1String HumanIdKey("human_id");
const QLatin1String RolesKey("roles");
const QLatin1String AddressesKey("addresses");
const QLatin1String CreatedKey("created");
const QLatin1String ModifiedKey("modified");
const QLatin1String LastLoginKey("last_login");
const QLatin1String DeletedKey("deleted");
const QLatin1String BlockedKey("blocked");

} // namespace

DecodeResult<User> User::fromJson(const QJsonObject &json, const JsonPath &path)
{
    User user;
    ExtendedJson::ObjectReader reader(json, path);
    reader.require(IdKey, user.m_id);
    reader.read(HumanIdKey, user.m_humanId);
    reader.read(userFieldKey(UserField::FirstName), user.m_firstName);
    reader.read(userFieldKey(UserField::LastName), user.m_lastName);
    reader.read(userFieldKey(UserField::Title), user.m_title);
    reader.read(userFieldKey(UserField::Email), user.m_email);
    reader.read(userFieldKey(UserField::MobilePhoneNumber), user.m_mobilePhoneNumber);
    reader.read(userFieldKey(UserField::Bio), user.m_bio);
    reader.read(userFieldKey(UserField::Note), user.m_note);
    reader.read(userFieldKey(UserField::Tags), user.m_tags);
    reader.read(RolesKey, user.m_roles);
    reader.read(AddressesKey, user.m_addresses);
    reader.read(userFieldKey(UserField::BillingAddress), user.m_billingAddress);
    reader.read(userFieldKey(UserField::DefaultPaymentMethod), user.m_defaultPaymentMethod);
    reader.read(CreatedKey, user.m_created);
    reader.read(ModifiedKey, user.m_modified);
    reader.read(LastLoginKey, user.m_lastLogin);
    reader.read(DeletedKey, user.m_deleted);
    reader.read(BlockedKey, user.m_blocked);
    if (reader.hasError())
        return reader.error();
    user.m_rest = reader.rest();
    user.m_verbatim = reader.verbatim();
    return user;
}

QJsonObject User::toJson() const
{
    ExtendedJson::ObjectWriter writer(m_rest, m_verbatim);
    writer.write(IdKey, m_id);
    writer.write(HumanIdKey, m_humanId);
    writer.write(userFieldKey(UserField::FirstName), m_firstName);
    writer.write(userFieldKey(UserField::LastName), m_lastName);
    writer.write(userFieldKey(UserField::Title), m_title);
    writer.write(userFieldKey(UserField::Email), m_email);
    writer.write(userFieldKey(UserField::MobilePhoneNumber), m_mobilePhoneNumber);
    writer.write(userFieldKey(UserField::Bio), m_bio);
    writer.write(userFieldKey(UserField::Note), m_note);
    writer.write(userFieldKey(UserField::Tags), m_tags);
    writer.write(RolesKey, m_roles);
    writer.write(AddressesKey, m_addresses);
    writer.write(userFieldKey(UserField::BillingAddress), m_billingAddress);
    writer.write(userFieldKey(UserField::DefaultPaymentMethod), m_defaultPaymentMethod);
    writer.write(CreatedKey, m_created);
    writer.write(ModifiedKey, m_modified);
    writer.write(LastLoginKey, m_lastLogin);
    writer.write(DeletedKey, m_deleted);
    writer.write(BlockedKey, m_blocked);
    return writer.result();
}

void User::setDefaultPaymentMethod(const ObjectId &id)
{
    if (m_defaultPaymentMethod.hasValue() ? m_defaultPaymentMethod.value().id() == id
                                          : !id.isValid())
        return;
    m_defaultPaymentMethod.set(Reference(id));
}

template<typename Self, typename Function>
auto User::visitEditable(Self &user, UserField field, Function &&function)
{
    switch (field) {
    case UserField::FirstName:
        return function(user.m_firstName);
    case UserField::LastName:
        return function(user.m_lastName);
    case UserField::Title:
        return function(user.m_title);
    case UserField::Email:
        return function(user.m_email);
    case UserField::MobilePhoneNumber:
        return function(user.m_mobilePhoneNumber);
    case UserField::Bio:
        return function(user.m_bio);
    case UserField::Note:
        return function(user.m_note);
    case UserField::Tags:
        return function(user.m_tags);
    case UserField::BillingAddress:
        return function(user.m_billingAddress);
    case UserField::DefaultPaymentMethod:
        return function(user.m_defaultPaymentMethod);
    }
    Q_UNREACHABLE();
    return function(user.m_firstName);
}

QJsonValue User::editable(UserField field) const
{
    return visitEditable(
        *this, field, [](const auto &member) { return ExtendedJson::encodeField(member); });
}

FieldState User::editableState(UserField field) const
{
    return visitEditable(*this, field, [](const auto &member) { return member.state(); });
}

bool User::setEditable(UserField field, const QJsonValue &value, DecodeError *error)
{
    const JsonPath root;
    return visitEditable(*this, field, [&](auto &member) {
        std::decay_t<decltype(member)> decoded;
        DecodeError decodeError;
        if (!ExtendedJson::assignField(
                decoded, value, root.child(userFieldKey(field)), &decodeError)) {
            if (error)
                *error = decodeError;
            return false;
        }
        switch (decoded.state()) {
        case FieldState::Absent:
            member.clear();
            break;
        case FieldState::Null:
        case FieldState::Empty:
            if (member.hasValue())
                member.setNull();
            break;
        case FieldState::Value:
        case FieldState::Tolerated:
            member.assign(decoded.value());
            break;
        }
        return true;
    });
}

QJsonObject User::patch(const User &base, const User &edited)
{
    QJsonObject body;
    for (const UserField field : AllUserFields) {
        const QJsonValue before = base.editable(field);
        const QJsonValue after = edited.editable(field);
        if (before == after || after.isUndefined())
            continue;
        // Never send a field the client did not receive as empty.
        if ((before.isUndefined() || before.isNull()) && ExtendedJson::isEmptyValue(after))
            continue;
        body.insert(userFieldKey(field), after);
    }
    return body;
}

QJsonArray User::addressesToJson() const
{
    return Address::listToJson(m_addresses.value());
}

QString User::displayName() const
{
    return displayNameFrom(firstName(), lastName(), email(), humanId(), id().toString());
}

QString User::displayNameFrom(const QString &firstName, const QString &lastName,
    const QString &email, const QString &humanId, const QString &id)
{
    const QString name
        = QString(firstName.simplified() + QLatin1Char(' ') + lastName.simplified()).trimmed();
    if (!name.isEmpty())
        return name;
    for (const QString *fallback : {&email, &humanId, &id}) {
        const QString text = fallback->simplified();
        if (!text.isEmpty())
            return text;
    }
    return tr("(unnamed)");
}
