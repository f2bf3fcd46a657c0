// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/DecodeError.h"
#include "models/codec/ExtendedJson.h"
#include "models/codec/JsonField.h"
#include "models/codec/ObjectId.h"
#include "models/codec/Timestamp.h"
#include "models/domain/Address.h"
#include "models/domain/Reference.h"
#include "models/domain/UserField.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <tuple>

/// A customer (`_cls: "User"`). Fields the client does not model (voucher, company,
/// stripe_customer_id...) are kept and written back untouched; each modelled field remembers
/// whether it was absent, null or a value, so toJson() gives back what fromJson() received. A
/// missing or invalid `_id` is an error naming "_id".
class User : public ExtendedJson::Document<User>
{
    Q_DECLARE_TR_FUNCTIONS(User)

public:
    User() = default;

    ObjectId id() const { return m_id.value(); }
    QString humanId() const { return m_humanId.value(); }
    QString firstName() const { return m_firstName.value(); }
    QString lastName() const { return m_lastName.value(); }
    QString title() const { return m_title.value(); }
    QString email() const { return m_email.value(); }
    QString mobilePhoneNumber() const { return m_mobilePhoneNumber.value(); }
    QString bio() const { return m_bio.value(); }
    QString note() const { return m_note.value(); }
    QStringList tags() const { return m_tags.value(); }
    QStringList roles() const { return m_roles.value(); }
    QList<Address> addresses() const { return m_addresses.value(); }
    bool hasBillingAddress() const { return m_billingAddress.hasValue(); }
    Address billingAddress() const { return m_billingAddress.value(); }
    ObjectId defaultPaymentMethodId() const { return m_defaultPaymentMethod.value().id(); }
    Timestamp created() const { return m_created.value(); }
    Timestamp modified() const { return m_modified.value(); }
    Timestamp lastLogin() const { return m_lastLogin.value(); }
    bool isDeleted() const { return m_deleted.value(); }
    bool isBlocked() const { return m_blocked.value(); }
    /// The id of the company a user document belongs to (its `company` reference, as an
    /// id or expanded); empty when absent or not an id.
    static QString companyIdOf(const QJsonObject &json);

    // Setters of the editable fields. Setting the current value, or an empty value for a field
    // never received, changes nothing (so it never ends up in a patch).
    void setFirstName(const QString &value) { m_firstName.assign(value); }
    void setLastName(const QString &value) { m_lastName.assign(value); }
    void setTitle(const QString &value) { m_title.assign(value); }
    void setEmail(const QString &value) { m_email.assign(value); }
    void setMobilePhoneNumber(const QString &value) { m_mobilePhoneNumber.assign(value); }
    void setBio(const QString &value) { m_bio.assign(value); }
    void setNote(const QString &value) { m_note.assign(value); }
    void setTags(const QStringList &value) { m_tags.assign(value); }
    void setBillingAddress(const Address &value) { m_billingAddress.assign(value); }
    void setDefaultPaymentMethod(const ObjectId &id);
    void setAddresses(const QList<Address> &value) { m_addresses.assign(value); }
    /// Sets a text field (first name, email, note...) as its setter does; false for a field
    /// that is not text.
    bool setText(UserField field, const QString &value);

    /// Generic access for data-driven editors and merges: the field's value as canonical JSON,
    /// undefined when the document did not have it, null when it was null or empty.
    QJsonValue editable(UserField field) const;
    FieldState editableState(UserField field) const;
    /// Sets a field from JSON (as editable() gives it). Undefined forgets the field, null
    /// clears it (unless it was never received), anything else must decode as the field's type.
    bool setEditable(UserField field, const QJsonValue &value, DecodeError *error = nullptr);

    /// The body of PUT /users/{id}: only the editable fields whose value differs between
    /// `base` (as loaded) and `edited`; a field absent from `base` is only sent when `edited`
    /// gives it a non-empty value. An unchanged user gives an empty object.
    static QJsonObject patch(const User &base, const User &edited);
    /// The body of PUT /users/{id}/addresses, every unknown key of every address kept.
    QJsonArray addressesToJson() const;

    /// First and last name; else the email, the human id, the id. Never empty.
    QString displayName() const;
    static QString displayNameFrom(const QString &firstName, const QString &lastName,
        const QString &email, const QString &humanId, const QString &id);

private:
    friend class ExtendedJson::Document<User>;
    template<typename Self>
    static auto members(Self &user)
    {
        return std::tie(user.m_id, user.m_humanId, user.m_firstName, user.m_lastName, user.m_title,
            user.m_email, user.m_mobilePhoneNumber, user.m_bio, user.m_note, user.m_tags,
            user.m_roles, user.m_addresses, user.m_billingAddress, user.m_defaultPaymentMethod,
            user.m_created, user.m_modified, user.m_lastLogin, user.m_deleted, user.m_blocked);
    }
    // Calls `function` with the member behind an editable field, whatever its type.
    template<typename Self, typename Function>
    static auto visitEditable(Self &self, UserField field, Function &&function);

    JsonField<ObjectId> m_id {"_id", Presence::Required};
    JsonField<QString> m_humanId {"human_id"};
    JsonField<QString> m_firstName {userFieldKey(UserField::FirstName)};
    JsonField<QString> m_lastName {userFieldKey(UserField::LastName)};
    JsonField<QString> m_title {userFieldKey(UserField::Title)};
    JsonField<QString> m_email {userFieldKey(UserField::Email)};
    JsonField<QString> m_mobilePhoneNumber {userFieldKey(UserField::MobilePhoneNumber)};
    JsonField<QString> m_bio {userFieldKey(UserField::Bio)};
    JsonField<QString> m_note {userFieldKey(UserField::Note)};
    JsonField<QStringList> m_tags {userFieldKey(UserField::Tags)};
    JsonField<QStringList> m_roles {"roles"};
    JsonField<QList<Address>> m_addresses {"addresses"};
    JsonField<Address> m_billingAddress {userFieldKey(UserField::BillingAddress)};
    JsonField<Reference> m_defaultPaymentMethod {userFieldKey(UserField::DefaultPaymentMethod)};
    JsonField<Timestamp> m_created {"created"};
    JsonField<Timestamp> m_modified {"modified"};
    JsonField<Timestamp> m_lastLogin {"last_login"};
    JsonField<bool> m_deleted {"deleted"};
    JsonField<bool> m_blocked {"blocked"};
};
