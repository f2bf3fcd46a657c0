// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/domain/UserField.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class AddressFields;
class ApiClient;
class ApiReply;
class ProfileEditor;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class TagEditor;

/// The Profile tab of a user's detail: every editable field of ProfileEditor, with a dirty
/// marker on the label of each changed field (bold, "•"), validation as you type under the
/// field, the tags as chips with completion from the company's tags, the billing address
/// edited in place and the default payment method chosen from the user's payment methods.
/// Every edit goes straight into the editor; the form only shows what the editor says.
class ProfileForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileForm)

public:
    ProfileForm(ProfileEditor *editor, ApiClient *client, QWidget *parent = nullptr);
    ~ProfileForm() override;

    /// Reads the company's tags and the user's payment methods (again).
    void loadChoices();
    /// Puts pending typing (a half-written tag) into the editor, e.g. before a save.
    void commitPending();

    /// The field's editor widget (QLineEdit, QPlainTextEdit, TagEditor, QComboBox) or, for the
    /// billing address, its first field.
    QWidget *fieldWidget(UserField field) const;
    QLabel *fieldLabel(UserField field) const { return m_labels.value(field); }
    QLabel *errorLabel(UserField field) const { return m_errors.value(field); }
    TagEditor *tagEditor() const { return m_tags; }
    QComboBox *paymentMethodBox() const { return m_paymentMethod; }
    AddressFields *billingFields() const { return m_billing; }
    /// Payment method id -> label, as far as loaded.
    QHash<QString, QString> paymentMethodLabels() const { return m_paymentLabels; }

Q_SIGNALS:
    /// The payment methods of the user were read (labels for the conflict dialog).
    void paymentMethodsLoaded();

private:
    QLineEdit *addLine(UserField field, const QString &name);
    QPlainTextEdit *addText(UserField field, const QString &name);
    QLabel *makeLabel(UserField field, const QString &text, QWidget *buddy);
    QLabel *makeError(UserField field, const QString &name);
    void refresh();
    void refreshPaymentMethods();
    void onPaymentMethods(const ApiReply &reply);

    ProfileEditor *m_editor;
    ApiClient *m_client;
    QHash<UserField, QLabel *> m_labels;
    QHash<UserField, QString> m_labelTexts;
    QHash<UserField, QLabel *> m_errors;
    QHash<UserField, QLineEdit *> m_lines;
    QHash<UserField, QPlainTextEdit *> m_texts;
    TagEditor *m_tags = nullptr;
    QGroupBox *m_billingBox = nullptr;
    AddressFields *m_billing = nullptr;
    QComboBox *m_paymentMethod = nullptr;
    QHash<QString, QString> m_paymentLabels;
    QStringList m_paymentOrder;
    QPointer<ApiReply> m_tagsReply;
    QPointer<ApiReply> m_paymentReply;
    bool m_refreshing = false;
};
