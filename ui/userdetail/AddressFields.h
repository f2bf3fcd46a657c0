// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/domain/Address.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

/// The text fields of one postal address (street, zip code, city, state, country and, if
/// wanted, alias), edited in place. The address keeps what the form does not show (geo, raw{},
/// service_address_id and anything a geocoder added): address() is the address given to
/// setAddress() with only the edited texts changed.
class AddressFields final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressFields)

public:
    struct Options
    {
        /// objectName prefix of the fields ("billing" gives "billingStreet"...).
        QString namePrefix;
        /// The billing address: accessible names say so ("Billing street").
        bool billing = false;
        bool showAlias = false;
        /// Labels with mnemonics (&Street...); off where the letters are needed elsewhere.
        bool mnemonics = false;
    };

    explicit AddressFields(const Options &options, QWidget *parent = nullptr);
    ~AddressFields() override;

    /// Shows \a address; emits nothing.
    void setAddress(const Address &address);
    Address address() const;
    void setReadOnly(bool readOnly);
    QLineEdit *firstField() const { return m_street; }

Q_SIGNALS:
    /// The staff member changed a text.
    void edited();

private:
    QLineEdit *addField(QFormLayout *form, const QString &name, const QString &label,
        const QString &accessibleName);

    Options m_options;
    Address m_address;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_zip = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_state = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_alias = nullptr;
};
