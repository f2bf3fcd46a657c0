// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/domain/UserField.h"

#include <QCoreApplication>

#include <cstddef>
#include <iterator>

namespace {

/// A field's JSON member name and its label, in the order of UserField.
struct FieldNames
{
    const char *key;
    const char *label;
};

constexpr FieldNames fieldNames[] = {
    {"first_name", QT_TRANSLATE_NOOP("UserField", "First name")},
    {"last_name", QT_TRANSLATE_NOOP("UserField", "Last name")},
    {"title", QT_TRANSLATE_NOOP("UserField", "Title")},
    {"email", QT_TRANSLATE_NOOP("UserField", "Email")},
    {"mobile_phone_number", QT_TRANSLATE_NOOP("UserField", "Mobile phone")},
    {"bio", QT_TRANSLATE_NOOP("UserField", "Bio")},
    {"note", QT_TRANSLATE_NOOP("UserField", "Note")},
    {"tags", QT_TRANSLATE_NOOP("UserField", "Tags")},
    {"billing_address", QT_TRANSLATE_NOOP("UserField", "Billing address")},
    {"default_payment_method", QT_TRANSLATE_NOOP("UserField", "Default payment method")},
};
static_assert(std::size(fieldNames) == AllUserFields.size());

const FieldNames &namesOf(UserField field)
{
    return fieldNames[static_cast<std::size_t>(field)];
}

} // namespace

QLatin1String userFieldKey(UserField field)
{
    return QLatin1String(namesOf(field).key);
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
    return QCoreApplication::translate("UserField", namesOf(field).label);
}
