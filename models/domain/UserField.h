// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

/// The user fields staff may edit through PUT /users/{id}, in the order editors show them.
/// Addresses are edited through their own route (PUT /users/{id}/addresses).
enum class UserField {
    FirstName,
    LastName,
    Title,
    Email,
    MobilePhoneNumber,
    Bio,
    Note,
    Tags,
    BillingAddress,
    DefaultPaymentMethod,
};

inline constexpr std::array<UserField, 10> AllUserFields {
    UserField::FirstName,
    UserField::LastName,
    UserField::Title,
    UserField::Email,
    UserField::MobilePhoneNumber,
    UserField::Bio,
    UserField::Note,
    UserField::Tags,
    UserField::BillingAddress,
    UserField::DefaultPaymentMethod,
};

/// The JSON member name ("first_name").
QLatin1String userFieldKey(UserField field);
/// The field a JSON member name stands for, if it is an editable one.
std::optional<UserField> userFieldFromKey(QStringView key);
/// A translated label for editors and conflict dialogs ("First name").
QString userFieldLabel(UserField field);
