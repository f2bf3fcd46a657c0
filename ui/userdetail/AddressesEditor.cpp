// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/userdetail/AddressesEditor.h"

#include "models/editing/ProfileEditor.h"
#include "ui/userdetail/AddressFields.h"
#include "ui/widgets/Appearance.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

AddressesEditor::AddressesEditor(ProfileEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_list(new QListWidget(this))
    , m_geo(new QLabel(this))
    , m_error(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(tr("A&dd Address"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move Up"), this))
    , m_down(new QPushButton(tr("Move Down"), this))
{
    setObjectName(QStringLiteral("addressesEditor"));
    setAccessibleName(tr("Addresses"));

    m_list->setObjectName(QStringLiteral("addressList"));
    m_list->setAccessibleName(tr("Addresses"));
    m_list->setAccessibleDescription(
        tr("Insert adds an address, Delete removes the selected one, Ctrl+Up and Ctrl+Down "
           "move it."));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);

    m_add->setObjectName(QStringLiteral("addAddressButton"));
    m_add->setAccessibleName(tr("Add address"));
    m_remove->setObjectName(QStringLiteral("removeAddressButton"));
    m_remove->setAccessibleName(tr("Remove address"));
    m_up->setObjectName(QStringLiteral("moveAddressUpButton"));
    m_up->setAccessibleName(tr("Move address up"));
    m_down->setObjectName(QStringLiteral("moveAddressDownButton"));
    m_down->setAccessibleName(tr("Move address down"));
    m_up->setToolTip(tr("Move the selected address up (Ctrl+Up in the list)"));
    m_down->setToolTip(tr("Move the selected address down (Ctrl+Down in the list)"));
    for (QPushButton *button : {m_add, m_remove, m_up, m_down})
        button->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &AddressesEditor::addAddress);
    connect(m_remove, &QPushButton::clicked, this, &AddressesEditor::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });

    const auto listShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, m_list);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    listShortcut(QKeySequence(Qt::Key_Insert), [this] { addAddress(); });
    listShortcut(QKeySequence(Qt::Key_Delete), [this] { removeCurrent(); });
    listShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveCurrent(-1); });
    listShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveCurrent(1); });

    AddressFields::Options options;
    options.namePrefix = QStringLiteral("address");
    options.showAlias = true;
    options.mnemonics = true;
    m_fields = new AddressFields(options, this);
    connect(m_fields, &AddressFields::edited, this, [this] {
        const int row = currentRow();
        if (m_refreshing || row < 0)
            return;
        QList<Address> addresses = m_editor->edited().addresses();
        if (row >= addresses.size())
            return;
        addresses[row] = m_fields->address();
        m_editor->setAddresses(addresses);
    });

    m_geo->setObjectName(QStringLiteral("addressGeo"));
    m_geo->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_geo->setAccessibleName(tr("Position"));
    m_error->setObjectName(QStringLiteral("addressesError"));
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, Appearance::errorText(palette));
    m_error->setPalette(palette);
    m_error->hide();
    m_empty->setObjectName(QStringLiteral("addressesEmpty"));
    m_empty->setText(tr("This user has no addresses yet."));
    m_empty->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_empty);
    left->addLayout(buttons);

    auto *formBox = new QGroupBox(tr("Selected address"), this);
    formBox->setObjectName(QStringLiteral("selectedAddressBox"));
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->addWidget(m_fields);
    formLayout->addWidget(m_geo);
    formLayout->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(formBox, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_error);
    layout->addLayout(columns, 1);

    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_up);
    setTabOrder(m_up, m_down);
    setTabOrder(m_down, m_fields->findChild<QLineEdit *>(QStringLiteral("addressAlias")));

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_refreshing)
            showCurrent();
    });
    connect(m_editor, &ProfileEditor::changed, this, &AddressesEditor::refresh);
    refresh();
}

AddressesEditor::~AddressesEditor() = default;

int AddressesEditor::currentRow() const
{
    return m_list->currentRow();
}

QString AddressesEditor::rowText(const Address &address)
{
    QString text = address.oneLine();
    if (text.isEmpty())
        text = tr("(new address)");
    if (!address.alias().isEmpty())
        text = tr("%1: %2").arg(address.alias(), text);
    return text;
}

void AddressesEditor::refresh()
{
    m_refreshing = true;
    setEnabled(m_editor->isLoaded());
    const QList<Address> addresses = m_editor->edited().addresses();
    const int current = m_list->currentRow();
    if (m_list->count() != addresses.size()) {
        m_list->clear();
        for (const Address &address : addresses) {
            auto *item = new QListWidgetItem(rowText(address), m_list);
            item->setData(Qt::AccessibleTextRole, rowText(address));
        }
    } else {
        for (int i = 0; i < addresses.size(); ++i) {
            const QString text = rowText(addresses.at(i));
            if (m_list->item(i)->text() != text) {
                m_list->item(i)->setText(text);
                m_list->item(i)->setData(Qt::AccessibleTextRole, text);
            }
        }
    }
    if (!addresses.isEmpty()) {
        const int row = qBound(0, current, int(addresses.size()) - 1);
        if (m_list->currentRow() != row)
            m_list->setCurrentRow(row);
    }
    m_empty->setVisible(addresses.isEmpty());
    const QString error = m_editor->addressesError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    const bool dirty = m_editor->isAddressesDirty();
    m_list->setAccessibleDescription(dirty ? tr("Changed, not saved yet") : QString());
    m_refreshing = false;
    showCurrent();
}

void AddressesEditor::showCurrent()
{
    const int row = currentRow();
    const QList<Address> addresses = m_editor->edited().addresses();
    const bool valid = row >= 0 && row < addresses.size();
    const bool wasRefreshing = m_refreshing;
    m_refreshing = true;
    const Address address = valid ? addresses.at(row) : Address();
    if (address.toJson() != m_fields->address().toJson() || !valid)
        m_fields->setAddress(address);
    m_refreshing = wasRefreshing;
    m_fields->setEnabled(valid);
    if (valid && address.hasGeo()) {
        const QLocale locale;
        m_geo->setText(tr("Position: %1, %2 (latitude, longitude)")
                           .arg(locale.toString(address.geo().latitude, 'f', 6),
                               locale.toString(address.geo().longitude, 'f', 6)));
        m_geo->show();
    } else {
        m_geo->clear();
        m_geo->hide();
    }
    updateButtons();
}

void AddressesEditor::updateButtons()
{
    const int row = currentRow();
    const int count = m_list->count();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < count - 1);
}

void AddressesEditor::addAddress()
{
    QList<Address> addresses = m_editor->edited().addresses();
    addresses.append(Address());
    m_editor->setAddresses(addresses);
    m_list->setCurrentRow(m_list->count() - 1);
    m_fields->firstField()->setFocus(Qt::OtherFocusReason);
}

void AddressesEditor::removeCurrent()
{
    const int row = currentRow();
    QList<Address> addresses = m_editor->edited().addresses();
    if (row < 0 || row >= addresses.size())
        return;
    addresses.removeAt(row);
    m_editor->setAddresses(addresses);
    if (m_list->count() > 0)
        m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    m_list->setFocus(Qt::OtherFocusReason);
}

void AddressesEditor::moveCurrent(int offset)
{
    const int row = currentRow();
    QList<Address> addresses = m_editor->edited().addresses();
    const int target = row + offset;
    if (row < 0 || row >= addresses.size() || target < 0 || target >= addresses.size())
        return;
    addresses.move(row, target);
    m_editor->setAddresses(addresses);
    m_list->setCurrentRow(target);
}
