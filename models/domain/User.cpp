// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/User.h"

#include <type_traits>

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
    // The member whose key is the field's.
    decltype(function(user.m_firstName)) result {};
    const QLatin1String key = userFieldKey(field);
    std::apply(
        [&](auto &...member) {
            ((member.key() == key ? void(result = function(member)) : void()), ...);
        },
        members(user));
    return result;
}

bool User::setText(UserField field, const QString &value)
{
    return visitEditable(*this, field, [&value](auto &member) {
        if constexpr (std::is_same_v<std::decay_t<decltype(member)>, JsonField<QString>>) {
            member.assign(value);
            return true;
        } else {
            return false;
        }
    });
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

QString User::companyIdOf(const QJsonObject &json)
{
    const QJsonValue company = json.value(QLatin1String("company"));
    const QJsonValue id
        = company.isObject() ? company.toObject().value(QLatin1String("$oid")) : company;
    const ObjectId parsed = ObjectId::fromString(id.toString());
    return parsed.isValid() ? parsed.toString() : QString();
}
