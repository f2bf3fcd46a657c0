// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/UserField.h"

#include <QCoreApplication>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UserField)
};

} // namespace

QLatin1String userFieldKey(UserField field)
{
    switch (field) {
    case UserField::FirstName:
        return QLatin1String("first_name");
    case UserField::LastName:
        return QLatin1String("last_name");
    case UserField::Title:
        return QLatin1String("title");
    case UserField::Email:
        return QLatin1String("email");
    case UserField::MobilePhoneNumber:
        return QLatin1String("mobile_phone_number");
    case UserField::Bio:
        return QLatin1String("bio");
    case UserField::Note:
        return QLatin1String("note");
    case UserField::Tags:
        return QLatin1String("tags");
    case UserField::BillingAddress:
        return QLatin1String("billing_address");
    case UserField::DefaultPaymentMethod:
        return QLatin1String("default_payment_method");
    }
    Q_UNREACHABLE();
    return QLatin1String();
}

std::optional<UserField> userFieldFromKey(QStringView key)
{
    for (const UserField field : AllUserFields) {
        if (key == userFieldKey(field))
            return field;
    }
    return std::nullopt;
}

QString userFieldLabel(UserField field)
{
    switch (field) {
    case UserField::FirstName:
        return Text::tr("First name");
    case UserField::LastName:
        return Text::tr("Last name");
    case UserField::Title:
        return Text::tr("Title");
    case UserField::Email:
        return Text::tr("Email");
    case UserField::MobilePhoneNumber:
        return Text::tr("Mobile phone");
    case UserField::Bio:
        return Text::tr("Bio");
    case UserField::Note:
        return Text::tr("Note");
    case UserField::Tags:
        return Text::tr("Tags");
    case UserField::BillingAddress:
        return Text::tr("Billing address");
    case UserField::DefaultPaymentMethod:
        return Text::tr("Default payment method");
    }
    Q_UNREACHABLE();
    return QString();
}
