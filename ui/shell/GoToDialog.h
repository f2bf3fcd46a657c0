// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QPointer>

class ApiClient;
class GoToModel;
class QLabel;
class QLineEdit;
class QListView;

/// "Go to anything" (Ctrl+K): one line that takes an order number, a customer ID, an internal
/// id, an email or a phone number, typed or pasted. Enter looks it up (GoToModel: customers and
/// orders at once) and opens the one match (openOrderRequested(), openCustomerRequested()) and
/// closes; several matches are listed: Up/Down choose, Enter opens. Escape closes.
class GoToDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoToDialog)

public:
    explicit GoToDialog(ApiClient *client, QWidget *parent = nullptr);
    ~GoToDialog() override;

    QLineEdit *lineEdit() const { return m_edit; }
    QListView *listView() const { return m_list; }
    GoToModel *model() const { return m_model; }
    /// What the dialog says ("Looking up…", "Nothing found for …").
    QString statusText() const;

    /// Looks the text up now (Enter).
    void lookUp();

Q_SIGNALS:
    void openOrderRequested(const QString &orderId, const QString &humanId);
    void openCustomerRequested(const QString &userId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFinished();
    void openRow(int row);

    QPointer<ApiClient> m_client;
    GoToModel *m_model;
    QLineEdit *m_edit;
    QListView *m_list;
    QLabel *m_status;
    QString m_lookedUp; ///< the text of the last lookup
};
