// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/editing/ProfileMerge.h"

#include "models/codec/ExtendedJson.h"
#include "models/domain/Address.h"
#include "models/domain/Reference.h"
#include "models/editing/SubscriptionChanges.h"

#include <QJsonArray>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProfileMerge)
};

ObjectId referenceId(const QJsonValue &value)
{
    Reference reference;
    ExtendedJson::Form form = ExtendedJson::Form::Canonical;
    DecodeError ignored;
    if (!Reference::decode(value, JsonPath(), &reference, &form, &ignored))
        return ObjectId();
    return reference.id();
}

QString addressText(const QJsonValue &value)
{
    if (!value.isObject())
        return QString();
    const DecodeResult<Address> address = Address::fromJson(value.toObject());
    if (!address)
        return QString();
    QString text = address.value().oneLine();
    if (!address.value().alias().isEmpty())
        text = Text::tr("%1: %2").arg(address.value().alias(), text);
    return text;
}

} // namespace

namespace ProfileUnits {

QString addressesKey()
{
    return QStringLiteral("addresses");
}

const QStringList &allKeys()
{
    static const QStringList keys = [] {
        QStringList list;
        for (const UserField field : AllUserFields)
            list.append(userFieldKey(field));
        list.append(addressesKey());
        return list;
    }();
    return keys;
}

bool isKnownKey(const QString &key)
{
    return allKeys().contains(key);
}

QString label(const QString &key)
{
    if (SubscriptionChanges::isKey(key))
        return SubscriptionChanges::label(key);
    if (const std::optional<UserField> field = userFieldFromKey(key))
        return userFieldLabel(*field);
    if (key == addressesKey())
        return Text::tr("Addresses");
    if (key == QLatin1String("deleted"))
        return Text::tr("Deleted");
    return key;
}

QJsonValue value(const User &user, const QString &key)
{
    if (const std::optional<UserField> field = userFieldFromKey(key))
        return user.editable(*field);
    if (key == addressesKey())
        return user.addressesToJson();
    return QJsonValue(QJsonValue::Undefined);
}

bool setValue(User *user, const QString &key, const QJsonValue &value)
{
    if (const std::optional<UserField> field = userFieldFromKey(key))
        return user->setEditable(*field, value);
    if (key != addressesKey())
        return false;
    if (ExtendedJson::isEmptyValue(value)) {
        user->setAddresses({});
        return true;
    }
    if (!value.isArray())
        return false;
    QList<Address> addresses;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &element : array) {
        if (!element.isObject())
            return false;
        DecodeResult<Address> address = Address::fromJson(element.toObject());
        if (!address)
            return false;
        addresses.append(address.takeValue());
    }
    user->setAddresses(addresses);
    return true;
}

bool sameValue(const QString &key, const QJsonValue &a, const QJsonValue &b)
{
    const bool aEmpty = ExtendedJson::isEmptyValue(a);
    const bool bEmpty = ExtendedJson::isEmptyValue(b);
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    if (key == userFieldKey(UserField::DefaultPaymentMethod)) {
        const ObjectId idA = referenceId(a);
        const ObjectId idB = referenceId(b);
        if (idA.isValid() || idB.isValid())
            return idA == idB;
    }
    return a == b;
}

QString displayText(
    const QString &key, const QJsonValue &value, const QHash<QString, QString> &paymentMethodLabels)
{
    if (SubscriptionChanges::isKey(key))
        return SubscriptionChanges::displayText(key, value, paymentMethodLabels);
    const QString nothing = Text::tr("—");
    if (ExtendedJson::isEmptyValue(value))
        return nothing;
    if (key == addressesKey()) {
        QStringList lines;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array) {
            const QString line = addressText(element);
            lines.append(line.isEmpty() ? Text::tr("(empty address)") : line);
        }
        return lines.isEmpty() ? nothing : lines.join(QLatin1Char('\n'));
    }
    if (key == userFieldKey(UserField::BillingAddress)) {
        const QString text = addressText(value);
        return text.isEmpty() ? nothing : text;
    }
    if (key == userFieldKey(UserField::DefaultPaymentMethod)) {
        const QString id = referenceId(value).toString();
        return paymentMethodLabels.value(id, id.isEmpty() ? nothing : id);
    }
    if (value.isArray()) {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            parts.append(element.isString() ? element.toString() : element.toVariant().toString());
        return parts.join(QStringLiteral(", "));
    }
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? Text::tr("Yes") : Text::tr("No");
    return value.toVariant().toString();
}

} // namespace ProfileUnits

ProfileMerge::Result ProfileMerge::merge(const User &base, const User &mine, const User &theirs)
{
    Result result;
    result.base = theirs;
    result.edited = theirs;
    for (const QString &key : ProfileUnits::allKeys()) {
        const QJsonValue baseValue = ProfileUnits::value(base, key);
        const QJsonValue mineValue = ProfileUnits::value(mine, key);
        const QJsonValue theirsValue = ProfileUnits::value(theirs, key);
        const bool mineChanged = !ProfileUnits::sameValue(key, baseValue, mineValue);
        const bool theirsChanged = !ProfileUnits::sameValue(key, baseValue, theirsValue);
        Outcome outcome = Outcome::Unchanged;
        if (!mineChanged) {
            outcome = theirsChanged ? Outcome::TakenTheirs : Outcome::Unchanged;
        } else if (ProfileUnits::sameValue(key, mineValue, theirsValue)) {
            outcome = Outcome::Same;
        } else if (!theirsChanged) {
            outcome = Outcome::KeptMine;
        } else {
            outcome = Outcome::Conflict;
            result.conflicts.append(MergeConflict {key, baseValue, mineValue, theirsValue});
        }
        if (outcome == Outcome::KeptMine || outcome == Outcome::Conflict)
            ProfileUnits::setValue(&result.edited, key, mineValue);
        result.outcomes.insert(key, outcome);
    }
    return result;
}

User ProfileMerge::resolve(const User &edited, const User &theirs,
    const QList<MergeConflict> &conflicts, const QHash<QString, ConflictChoice> &choices)
{
    User resolved = edited;
    for (const MergeConflict &conflict : conflicts) {
        if (choices.value(conflict.key, ConflictChoice::KeepMine) == ConflictChoice::TakeTheirs)
            ProfileUnits::setValue(
                &resolved, conflict.key, ProfileUnits::value(theirs, conflict.key));
    }
    return resolved;
}
