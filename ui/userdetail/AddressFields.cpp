// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/userdetail/AddressFields.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace {

/// "&Street" -> "Street" when mnemonics are off.
QString labelText(const QString &text, bool mnemonics)
{
    if (mnemonics)
        return text;
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    return plain;
}

} // namespace

AddressFields::AddressFields(const Options &options, QWidget *parent)
    : QWidget(parent), m_options(options)
{
    setObjectName(options.namePrefix + QStringLiteral("AddressFields"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Whole phrases, not a prefix and a lowercased word: languages capitalise differently.
    const bool billing = options.billing;
    if (options.showAlias) {
        m_alias = addField(form, QStringLiteral("Alias"), tr("A&lias:"),
            billing ? tr("Billing alias") : tr("Alias"));
    }
    m_street = addField(form, QStringLiteral("Street"), tr("&Street:"),
        billing ? tr("Billing street") : tr("Street"));
    m_zip = addField(form, QStringLiteral("ZipCode"), tr("&Zip code:"),
        billing ? tr("Billing zip code") : tr("Zip code"));
    m_city = addField(
        form, QStringLiteral("City"), tr("C&ity:"), billing ? tr("Billing city") : tr("City"));
    m_state = addField(
        form, QStringLiteral("State"), tr("Sta&te:"), billing ? tr("Billing state") : tr("State"));
    m_country = addField(form, QStringLiteral("Country"), tr("Cou&ntry:"),
        billing ? tr("Billing country") : tr("Country"));
    if (m_alias) {
        // Alias first on screen, street first for the group's mnemonic.
        setTabOrder(m_alias, m_street);
    }
}

AddressFields::~AddressFields() = default;

QLineEdit *AddressFields::addField(
    QFormLayout *form, const QString &name, const QString &label, const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(m_options.namePrefix + name);
    edit->setAccessibleName(accessibleName);
    auto *caption = new QLabel(labelText(label, m_options.mnemonics), this);
    caption->setObjectName(m_options.namePrefix + name + QStringLiteral("Label"));
    caption->setBuddy(edit);
    form->addRow(caption, edit);
    connect(edit, &QLineEdit::textEdited, this, &AddressFields::edited);
    return edit;
}

void AddressFields::setAddress(const Address &address)
{
    m_address = address;
    const auto show = [](QLineEdit *edit, const QString &text) {
        if (edit && edit->text() != text)
            edit->setText(text);
    };
    show(m_street, address.streetName());
    show(m_zip, address.zipCode());
    show(m_city, address.city());
    show(m_state, address.state());
    show(m_country, address.country());
    show(m_alias, address.alias());
}

Address AddressFields::address() const
{
    Address address = m_address;
    address.setStreetName(m_street->text());
    address.setZipCode(m_zip->text());
    address.setCity(m_city->text());
    address.setState(m_state->text());
    address.setCountry(m_country->text());
    if (m_alias)
        address.setAlias(m_alias->text());
    return address;
}

void AddressFields::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : {m_street, m_zip, m_city, m_state, m_country, m_alias}) {
        if (edit)
            edit->setReadOnly(readOnly);
    }
}
