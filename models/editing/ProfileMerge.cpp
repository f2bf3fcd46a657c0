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

QString MergeConflict::id() const
{
    return index < 0 ? key : key + QLatin1Char('#') + QString::number(index);
}

QString MergeConflict::label() const
{
    if (index < 0)
        return ProfileUnits::label(key);
    return Text::tr("Address %1").arg(index + 1);
}

namespace {

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &element : array)
        strings.append(element.toString());
    return strings;
}

/// Both edits of the address list, address by address, when no side added, removed or
/// moved an address (the lists keep their length): the addresses only one side changed are
/// taken from that side; those both changed differently become conflicts, holding mine.
bool mergeAddresses(const QJsonValue &base, const QJsonValue &mine, const QJsonValue &theirs,
    QJsonArray *combined, QList<MergeConflict> *conflicts)
{
    const QJsonArray baseList = base.toArray();
    const QJsonArray mineList = mine.toArray();
    const QJsonArray theirsList = theirs.toArray();
    if (baseList.isEmpty() || mineList.size() != baseList.size()
        || theirsList.size() != baseList.size())
        return false;
    const QString key = ProfileUnits::addressesKey();
    for (int i = 0; i < baseList.size(); ++i) {
        const QJsonValue b = baseList.at(i);
        const QJsonValue m = mineList.at(i);
        const QJsonValue t = theirsList.at(i);
        const bool mineChanged = !ProfileUnits::sameValue(key, b, m);
        const bool theirsChanged = !ProfileUnits::sameValue(key, b, t);
        if (mineChanged && theirsChanged && !ProfileUnits::sameValue(key, m, t)) {
            MergeConflict conflict {key, b, m, t};
            conflict.index = i;
            conflicts->append(conflict);
        }
        combined->append(mineChanged ? m : t);
    }
    return true;
}

} // namespace

QStringList ProfileMerge::mergeTags(
    const QStringList &base, const QStringList &mine, const QStringList &theirs)
{
    QStringList merged;
    for (const QString &tag : theirs) {
        // Removed by me (it was there when I started and is not in my edit).
        if (base.contains(tag) && !mine.contains(tag))
            continue;
        if (!merged.contains(tag))
            merged.append(tag);
    }
    for (const QString &tag : mine) {
        // Added by me; one they removed stays removed unless I added it myself.
        if (!base.contains(tag) && !merged.contains(tag))
            merged.append(tag);
    }
    return merged;
}

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
        } else if (QJsonArray combined; key == ProfileUnits::addressesKey()
                   && mergeAddresses(
                       baseValue, mineValue, theirsValue, &combined, &result.conflicts)) {
            const bool conflicting = !result.conflicts.isEmpty()
                && result.conflicts.constLast().key == ProfileUnits::addressesKey();
            outcome = conflicting ? Outcome::Conflict : Outcome::Merged;
            ProfileUnits::setValue(&result.edited, key, combined);
        } else {
            outcome = Outcome::Conflict;
            MergeConflict conflict {key, baseValue, mineValue, theirsValue};
            if (key == userFieldKey(UserField::Tags))
                conflict.merged = QJsonArray::fromStringList(
                    mergeTags(stringsOf(baseValue), stringsOf(mineValue), stringsOf(theirsValue)));
            result.conflicts.append(conflict);
        }
        if (outcome == Outcome::KeptMine)
            ProfileUnits::setValue(&result.edited, key, mineValue);
        if (outcome == Outcome::Conflict && result.conflicts.constLast().index < 0) {
            const MergeConflict &conflict = result.conflicts.constLast();
            ProfileUnits::setValue(
                &result.edited, key, conflict.hasMerged() ? conflict.merged : conflict.mine);
        }
        result.outcomes.insert(key, outcome);
    }
    return result;
}

User ProfileMerge::resolve(const User &edited, const User &theirs,
    const QList<MergeConflict> &conflicts, const QHash<QString, ConflictChoice> &choices)
{
    Q_UNUSED(theirs)
    User resolved = edited;
    for (const MergeConflict &conflict : conflicts) {
        const ConflictChoice fallback
            = conflict.hasMerged() ? ConflictChoice::KeepMerged : ConflictChoice::KeepMine;
        ConflictChoice choice = choices.value(conflict.id(), fallback);
        if (choice == ConflictChoice::KeepMerged && !conflict.hasMerged())
            choice = ConflictChoice::KeepMine;
        // The edited record already holds mine where nothing was merged.
        if (choice == ConflictChoice::KeepMine && !conflict.hasMerged() && conflict.index < 0)
            continue;
        const QJsonValue chosen = choice == ConflictChoice::TakeTheirs ? conflict.theirs
            : choice == ConflictChoice::KeepMerged                     ? conflict.merged
                                                                       : conflict.mine;
        if (conflict.index < 0) {
            ProfileUnits::setValue(&resolved, conflict.key, chosen);
            continue;
        }
        QJsonArray list = ProfileUnits::value(resolved, conflict.key).toArray();
        if (conflict.index < list.size()) {
            list.replace(conflict.index, chosen);
            ProfileUnits::setValue(&resolved, conflict.key, list);
        }
    }
    return resolved;
}
