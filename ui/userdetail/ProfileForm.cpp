// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/userdetail/ProfileForm.h"

#include "api/ApiClient.h"
#include "models/Clock.h"
#include "models/codec/ExtendedJson.h"
#include "models/domain/PaymentMethod.h"
#include "models/editing/ProfileEditor.h"
#include "ui/userdetail/AddressFields.h"
#include "ui/userdetail/TagEditor.h"
#include "ui/userdetail/UserDetailLogging.h"
#include "ui/widgets/Appearance.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace {

const QString dirtyMark = QStringLiteral(" •");

QWidget *withError(QWidget *field, QLabel *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

ProfileForm::ProfileForm(ProfileEditor *editor, ApiClient *client, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_client(client)
{
    setObjectName(QStringLiteral("profileForm"));
    setAccessibleName(tr("Profile"));

    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("profileFormContent"));
    auto *personal = new QFormLayout;
    personal->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    personal->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // The style's spacing, not the wide gap between the two columns it would inherit: rows
    // close together, each label next to its field.
    personal->setHorizontalSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing));
    personal->setVerticalSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));

    const auto addRow = [&](UserField field, QWidget *widget, const QString &label) {
        QLabel *caption = makeLabel(field, label, widget);
        QLabel *error = makeError(field, widget->objectName() + QStringLiteral("Error"));
        personal->addRow(caption, withError(widget, error, content));
    };

    QLineEdit *first = addLine(UserField::FirstName, QStringLiteral("firstName"));
    addRow(UserField::FirstName, first, tr("Fi&rst name"));
    QLineEdit *last = addLine(UserField::LastName, QStringLiteral("lastName"));
    addRow(UserField::LastName, last, tr("&Last name"));
    QLineEdit *title = addLine(UserField::Title, QStringLiteral("title"));
    addRow(UserField::Title, title, tr("&Title"));
    QLineEdit *email = addLine(UserField::Email, QStringLiteral("email"));
    email->setPlaceholderText(tr("name@example.com"));
    addRow(UserField::Email, email, tr("E&mail"));
    QLineEdit *phone = addLine(UserField::MobilePhoneNumber, QStringLiteral("mobilePhoneNumber"));
    phone->setPlaceholderText(tr("+4791234567"));
    // Written as E.164 once the staff member leaves the field (and when saving).
    connect(phone, &QLineEdit::editingFinished, m_editor, &ProfileEditor::normalizePhone);
    addRow(UserField::MobilePhoneNumber, phone, tr("Mo&bile phone"));

    m_tags = new TagEditor(content);
    m_tags->setObjectName(QStringLiteral("tags"));
    addRow(UserField::Tags, m_tags, tr("Tag&s"));
    connect(m_tags, &TagEditor::tagsEdited, this, [this](const QStringList &tags) {
        if (!m_refreshing)
            m_editor->setTags(tags);
    });

    QPlainTextEdit *bio = addText(UserField::Bio, QStringLiteral("bio"));
    addRow(UserField::Bio, bio, tr("B&io"));
    QPlainTextEdit *note = addText(UserField::Note, QStringLiteral("note"));
    addRow(UserField::Note, note, tr("&Note"));

    // Billing address, edited in place.
    m_billingBox = new QGroupBox(tr("Billing a&ddress"), content);
    m_billingBox->setObjectName(QStringLiteral("billingAddressBox"));
    m_labelTexts.insert(UserField::BillingAddress, tr("Billing a&ddress"));
    AddressFields::Options billingOptions;
    billingOptions.namePrefix = QStringLiteral("billing");
    billingOptions.billing = true;
    m_billing = new AddressFields(billingOptions, m_billingBox);
    QLabel *billingError
        = makeError(UserField::BillingAddress, QStringLiteral("billingAddressError"));
    auto *billingLayout = new QVBoxLayout(m_billingBox);
    billingLayout->addWidget(m_billing);
    billingLayout->addWidget(billingError);
    connect(m_billing, &AddressFields::edited, this, [this] {
        if (!m_refreshing)
            m_editor->setBillingAddress(m_billing->address());
    });

    // Default payment method, one of the user's.
    m_paymentMethod = new QComboBox(content);
    m_paymentMethod->setObjectName(QStringLiteral("defaultPaymentMethod"));
    m_paymentMethod->setAccessibleName(userFieldLabel(UserField::DefaultPaymentMethod));
    m_paymentMethod->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QLabel *paymentLabel = makeLabel(
        UserField::DefaultPaymentMethod, tr("Defa&ult payment method"), m_paymentMethod);
    QLabel *paymentError
        = makeError(UserField::DefaultPaymentMethod, QStringLiteral("defaultPaymentMethodError"));
    connect(m_paymentMethod, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        m_editor->setDefaultPaymentMethod(
            ObjectId::fromString(m_paymentMethod->itemData(index).toString()));
    });
    auto *paymentBox = new QWidget(content);
    auto *paymentLayout = new QVBoxLayout(paymentBox);
    paymentLayout->setContentsMargins(0, 0, 0, 0);
    paymentLayout->addWidget(paymentLabel);
    paymentLayout->addWidget(m_paymentMethod);
    paymentLayout->addWidget(paymentError);

    auto *side = new QVBoxLayout;
    side->addWidget(m_billingBox);
    side->addWidget(paymentBox);
    side->addStretch(1);

    // Both columns keep their rows together at the top; the space left is below them.
    auto *main = new QVBoxLayout;
    main->addLayout(personal);
    main->addStretch(1);

    auto *columns = new QHBoxLayout(content);
    columns->setContentsMargins(12, 12, 12, 12);
    columns->setSpacing(24);
    columns->addLayout(main, 3);
    columns->addLayout(side, 2);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("profileScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // Tab order: down the personal column, then the billing address, then the payment method.
    QList<QWidget *> order {first, last, title, email, phone, m_tags, bio, note};
    const QList<QLineEdit *> billingFields = m_billing->findChildren<QLineEdit *>();
    for (QLineEdit *field : billingFields)
        order.append(field);
    order.append(m_paymentMethod);
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_editor, &ProfileEditor::changed, this, &ProfileForm::refresh);
    connect(m_editor, &ProfileEditor::loaded, this, [this] {
        if (m_paymentLabels.isEmpty() && !m_paymentReply)
            loadChoices();
    });
    refresh();
}

ProfileForm::~ProfileForm() = default;

QLabel *ProfileForm::makeLabel(UserField field, const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, this);
    label->setObjectName(buddy->objectName() + QStringLiteral("Label"));
    label->setBuddy(buddy);
    m_labels.insert(field, label);
    m_labelTexts.insert(field, text);
    return label;
}

QLabel *ProfileForm::makeError(UserField field, const QString &name)
{
    auto *error = new QLabel(this);
    error->setObjectName(name);
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, Appearance::errorText(palette));
    error->setPalette(palette);
    error->hide();
    m_errors.insert(field, error);
    return error;
}

QLineEdit *ProfileForm::addLine(UserField field, const QString &name)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setAccessibleName(userFieldLabel(field));
    m_lines.insert(field, edit);
    connect(edit, &QLineEdit::textEdited, this,
        [this, field](const QString &text) { m_editor->setText(field, text); });
    return edit;
}

QPlainTextEdit *ProfileForm::addText(UserField field, const QString &name)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(name);
    edit->setAccessibleName(userFieldLabel(field));
    // Tab moves on to the next field, as in every other field of the form.
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    m_texts.insert(field, edit);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, field, edit] {
        if (!m_refreshing)
            m_editor->setText(field, edit->toPlainText());
    });
    return edit;
}

QWidget *ProfileForm::fieldWidget(UserField field) const
{
    if (QLineEdit *line = m_lines.value(field))
        return line;
    if (QPlainTextEdit *text = m_texts.value(field))
        return text;
    switch (field) {
    case UserField::Tags:
        return m_tags;
    case UserField::BillingAddress:
        return m_billing->firstField();
    case UserField::DefaultPaymentMethod:
        return m_paymentMethod;
    default:
        return nullptr;
    }
}

void ProfileForm::commitPending()
{
    m_tags->commitPending();
}

void ProfileForm::refresh()
{
    m_refreshing = true;
    const bool loaded = m_editor->isLoaded();
    setEnabled(loaded);
    for (auto it = m_lines.constBegin(); it != m_lines.constEnd(); ++it) {
        const QString text = m_editor->text(it.key());
        if (it.value()->text() != text)
            it.value()->setText(text);
    }
    for (auto it = m_texts.constBegin(); it != m_texts.constEnd(); ++it) {
        const QString text = m_editor->text(it.key());
        if (it.value()->toPlainText() != text)
            it.value()->setPlainText(text);
    }
    m_tags->setTags(m_editor->edited().tags());
    if (m_editor->edited().billingAddress().toJson() != m_billing->address().toJson())
        m_billing->setAddress(m_editor->edited().billingAddress());
    refreshPaymentMethods();

    for (const UserField field : AllUserFields) {
        const bool dirty = m_editor->isDirty(field);
        const QString error = m_editor->validationError(field);
        const QString text = m_labelTexts.value(field) + (dirty ? dirtyMark : QString());
        if (field == UserField::BillingAddress) {
            m_billingBox->setTitle(text);
            QFont font = m_billingBox->font();
            font.setBold(dirty);
            m_billingBox->setFont(font);
            // The fields inside keep the normal weight.
            for (QWidget *child : m_billing->findChildren<QWidget *>()) {
                QFont childFont = child->font();
                childFont.setBold(false);
                child->setFont(childFont);
            }
        } else if (QLabel *label = m_labels.value(field)) {
            label->setText(text);
            QFont font = label->font();
            font.setBold(dirty);
            label->setFont(font);
        }
        if (QLabel *errorLabel = m_errors.value(field)) {
            errorLabel->setText(error);
            errorLabel->setVisible(!error.isEmpty());
        }
        if (QWidget *widget = fieldWidget(field)) {
            widget->setAccessibleDescription(!error.isEmpty() ? error
                    : dirty                                   ? tr("Changed, not saved yet")
                                                              : QString());
        }
    }
    m_refreshing = false;
}

void ProfileForm::loadChoices()
{
    if (m_tagsReply)
        m_tagsReply->abort();
    m_tagsReply = m_client->listTags();
    m_tagsReply->onFinished(this, [this](const ApiReply &reply) {
        if (!reply.isSuccess())
            return; // completion is a convenience: tags can be typed all the same
        QStringList names;
        const QJsonArray tags = QJsonDocument::fromJson(reply.response().body).array();
        for (const QJsonValue &tag : tags) {
            const QString name = tag.toObject().value(QLatin1String("name")).toString();
            if (!name.isEmpty())
                names.append(name);
        }
        m_tags->setKnownTags(names);
    });

    if (m_editor->userId().isEmpty())
        return;
    if (m_paymentReply)
        m_paymentReply->abort();
    PaymentMethodQuery query;
    query.scope = Scope::user(m_editor->userId());
    query.size = 100;
    m_paymentReply = m_client->listPaymentMethods(query);
    m_paymentReply->onFinished(this, [this](const ApiReply &reply) { onPaymentMethods(reply); });
}

void ProfileForm::onPaymentMethods(const ApiReply &reply)
{
    if (!reply.isSuccess()) {
        if (!reply.error().isCancellation())
            qCInfo(lcUiUserDetail).noquote()
                << "Payment methods not loaded:" << reply.error().message();
        return;
    }
    const DecodeResult<QList<PaymentMethod>> methods
        = ExtendedJson::decodeArray<PaymentMethod>(reply.response().body);
    if (!methods)
        return;
    m_paymentLabels.clear();
    m_paymentOrder.clear();
    const QDate today = Clock::today();
    for (const PaymentMethod &method : methods.value()) {
        const QString id = method.id().toString();
        QString label = method.label();
        if (method.card().isExpired(today))
            label = tr("%1 (expired %2)").arg(label, method.card().expiryText());
        else if (method.card().hasExpiry())
            label = tr("%1, expires %2").arg(label, method.card().expiryText());
        if (method.isDeleted())
            label = tr("%1 (deleted)").arg(label);
        m_paymentLabels.insert(id, label);
        m_paymentOrder.append(id);
    }
    m_refreshing = true;
    refreshPaymentMethods();
    m_refreshing = false;
    Q_EMIT paymentMethodsLoaded();
}

void ProfileForm::refreshPaymentMethods()
{
    const QString current = m_editor->edited().defaultPaymentMethodId().toString();
    QStringList ids {QString()};
    ids.append(m_paymentOrder);
    if (!current.isEmpty() && !ids.contains(current))
        ids.append(current);
    bool same = m_paymentMethod->count() == ids.size();
    for (int i = 0; same && i < ids.size(); ++i)
        same = m_paymentMethod->itemData(i).toString() == ids.at(i);
    if (!same) {
        m_paymentMethod->clear();
        for (const QString &id : std::as_const(ids)) {
            const QString label = id.isEmpty() ? tr("(none)")
                : m_paymentLabels.contains(id) ? m_paymentLabels.value(id)
                                               : tr("Payment method %1").arg(id);
            m_paymentMethod->addItem(label, id);
        }
    }
    const int index = m_paymentMethod->findData(current);
    if (m_paymentMethod->currentIndex() != index)
        m_paymentMethod->setCurrentIndex(index);
}
