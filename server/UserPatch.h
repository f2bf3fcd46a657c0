// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Server {

/// Validation of the bodies that write a user: the profile fields of PUT /users/{id} and
/// POST /v2/users, and the address list of PUT /users/{id}/addresses.
///
/// A valid body becomes a list of (field, raw JSON value) pairs: the values are the bytes
/// the client sent (minified), so whatever the client put inside an address survives
/// exactly. Only `default_payment_method` is normalized, to {"$oid": id}, and
/// `mobile_phone_number`, to E.164 (`+47 929 23 131` is stored as `+4792923131`).
///
/// Bodies are read strictly (JsonCheck) before QJsonDocument sees them: no byte order mark,
/// strict UTF-8, no raw control characters in strings, no lone surrogate escapes, and no
/// nesting that would make the stored user deeper than MaxStoredDepth. Every editable text
/// has a maximum length in Unicode code points (docs/API.md, "Writes"), and a stored user
/// document at most MaxStoredUserBytes. Every refusal is an Error naming the field.
class UserPatch
{
    Q_DECLARE_TR_FUNCTIONS(UserPatch)

public:
    struct Error
    {
        QString field; ///< empty when the body as a whole is at fault
        QString message;
    };

    /// Deepest nesting of a stored user document, the user object being level 1. A profile
    /// body's root becomes the user object and an addresses body's root its `addresses`, so
    /// they may nest 16 and 15 levels. An order embeds its user one level deeper: stored JSON
    /// stays far below QJsonDocument's 1024 levels.
    static constexpr int MaxStoredDepth = 16;
    static constexpr int MaxProfileDepth = MaxStoredDepth;
    static constexpr int MaxAddressesDepth = MaxStoredDepth - 1;

    // Caps, in Unicode code points unless they say bytes (docs/API.md, "Writes").
    static constexpr int MaxNameLength = 200; ///< first_name, last_name, title
    static constexpr int MaxEmailLength = 254;
    static constexpr int MaxPhoneLength = 16; ///< E.164 as stored: + and at most 15 digits
    /// A phone number as typed, with its separators (`+49 (0) 170 / 123 45 67`).
    static constexpr int MaxTypedPhoneLength = 32;
    static constexpr int MaxTextLength = 10000; ///< bio, note
    static constexpr int MaxTagLength = 100;
    static constexpr int MaxTags = 100;
    static constexpr int MaxAddresses = 50;
    static constexpr int MaxAddressTextLength = 500; ///< each string member of an address
    static constexpr qsizetype MaxAddressBytes = 4 * 1024; ///< one address as stored (minified)
    /// A user document as stored, in bytes; a write past it is answered 413.
    static constexpr qsizetype MaxStoredUserBytes = 64 * 1024;

    /// Members to write, in body order: field name and its new raw JSON value.
    QList<QPair<QString, QByteArray>> members;
    /// The payment method `default_payment_method` names (not set for null or absent).
    std::optional<QString> defaultPaymentMethodId;

    /// The editable profile fields (docs/API.md).
    static const QStringList &editableFields();
    /// The maximum length in code points of an editable text field (also of each tag), or -1
    /// for a field that is not text.
    static int maxLength(QStringView field);

    /// Parses a JSON object of editable fields. `allowEmptyBody` treats no bytes as {}.
    static bool parseProfile(
        const QByteArray &body, bool allowEmptyBody, UserPatch *out, Error *error);
    /// Parses a JSON array of address objects into its minified text.
    static bool parseAddresses(const QByteArray &body, QByteArray *minified, Error *error);

    /// Whether `doc`, a user document about to be stored, fits MaxStoredUserBytes, or is no
    /// larger than `sizeBefore` (the stored document it replaces), so a write that does not
    /// grow a document already over the cap still goes through. If not, *error names `field`,
    /// the member whose write made it too large (answer 413).
    static bool checkStoredSize(
        QByteArrayView doc, const QString &field, Error *error, qsizetype sizeBefore = 0);
    /// Splices the members into the stored user `doc` (RawJson::setMember), in order, and
    /// checks the result with checkStoredSize(); when it does not pass, leaves `doc` unchanged
    /// and returns false with *error naming the member with the largest value (answer 413).
    bool applyTo(QByteArray *doc, Error *error) const;

    static bool isValidEmail(const QString &email);
    /// Whether `phone` is a phone number with its country code, in E.164 or written with
    /// separators (PhoneNumber::internationalForm()): `+47 929 23 131`, `0047-929-23-131`.
    static bool isValidPhone(const QString &phone);
    /// Checks one address object: types and the length of each string member. `field`
    /// prefixes the names in errors. The size cap (MaxAddressBytes) needs the raw text and is
    /// checked by the parse functions.
    static bool validateAddress(const QJsonValue &address, const QString &field, Error *error);
};

} // namespace Server
