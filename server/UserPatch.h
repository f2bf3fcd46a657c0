#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

/// Validation of the bodies that write a user: the profile fields of PUT /users/{id} and
/// POST /v2/users, and the address list of PUT /users/{id}/addresses.
///
/// A valid body becomes a list of (field, raw JSON value) pairs: the values are the bytes
/// the client sent (minified), so whatever the client put inside an address survives
/// exactly. Only `default_payment_method` is normalized, to {"$oid": id}.
class UserPatch
{
    Q_DECLARE_TR_FUNCTIONS(UserPatch)

public:
    struct Error
    {
        QString field; ///< empty when the body as a whole is at fault
        QString message;
    };

    /// Members to write, in body order: field name and its new raw JSON value.
    QList<QPair<QString, QByteArray>> members;
    /// The payment method `default_payment_method` names (not set for null or absent).
    std::optional<QString> defaultPaymentMethodId;

    /// The editable profile fields (docs/API.md).
    static const QStringList &editableFields();

    /// Parses a JSON object of editable fields. `allowEmptyBody` treats no bytes as {}.
    static bool parseProfile(
        const QByteArray &body, bool allowEmptyBody, UserPatch *out, Error *error);
    /// Parses a JSON array of address objects into its minified text.
    static bool parseAddresses(const QByteArray &body, QByteArray *minified, Error *error);

    static bool isValidEmail(const QString &email);
    static bool isValidPhone(const QString &phone);
    /// Checks one address object; `field` prefixes the names in errors.
    static bool validateAddress(const QJsonValue &address, const QString &field, Error *error);
};
