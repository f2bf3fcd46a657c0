// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "models/domain/Subscription.h"
#include "models/editing/SubscriptionWriter.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class ChangeJournal;
class QSettings;
class QWidget;
class Session;
class SubscriptionDialog;
class SubscriptionPaymentsDialog;
class SubscriptionsModel;

/// What staff can do with a subscription of a list, each step a dialog over \a parent:
///
/// - stop(): reads the subscription (for its ETag and period), asks "… renews no more; active
///   until 14 December 2026", with the production notice when the connection asks first, and
///   sends stop with If-Match;
/// - start(): reads it, asks for the payment method (SubscriptionDialog), confirms on a
///   production connection (WriteConfirmation), sends start with If-Match;
/// - edit(): reads it, asks for its payment method and note (SubscriptionDialog), confirms on
///   a production connection, sends what changed with PUT and If-Match;
/// - showPayments(): the subscription's payments (SubscriptionPaymentsDialog).
///
/// A write that succeeded updates the row and is recorded in the change journal (before and
/// after per member). A 412 (someone changed the subscription since it was read) shows what
/// changed and keeps the choice: the staff member applies it to the version on the server now,
/// or keeps that version (the row shows it). A 409 or 400 shows the server's reason; other
/// failures go to errorOccurred().
class SubscriptionActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionActions)

public:
    SubscriptionActions(
        Session *session, SubscriptionsModel *model, QSettings *settings, QWidget *parent);
    ~SubscriptionActions() override;

    /// Where writes are journaled, and who makes them ("Shop (sub: staff)").
    void setJournal(ChangeJournal *journal, std::function<QString()> actor);
    ChangeJournal *journal() const;

    bool isBusy() const;
    /// Status values stop() and start() apply to.
    static bool canStop(const QString &status);
    static bool canStart(const QString &status);

    void stop(int row);
    void start(int row);
    void edit(int row);
    void showPayments(int row);

    /// The open dialogs, for tests and keyboard users (null when none): start()'s or edit()'s,
    /// and showPayments()'s.
    SubscriptionDialog *dialog() const;
    SubscriptionPaymentsDialog *paymentsDialog() const;

    /// "renews no more; active until 14 December 2026" in the default locale: when a stopped
    /// \a subscription stays active until (the end of its period, or its earlier end).
    static QString stopConsequence(const Subscription &subscription);

Q_SIGNALS:
    void busyChanged(bool busy);
    /// A write succeeded and its row shows the answer.
    void written(SubscriptionWriter::Action action, const Subscription &after);
    void errorOccurred(const ApiError &error);

private:
    enum class Pending { None, Stop, Start, Edit };

    /// Reads the subscription of \a row (for its ETag), then asks what \a pending says.
    void readFor(Pending pending, int row);
    void onFetched(const Subscription &subscription, const QByteArray &etag);
    void askStop(const Subscription &subscription, const QByteArray &etag);
    /// start()'s and edit()'s dialog.
    void ask(SubscriptionWriter::Action action, const Subscription &subscription,
        const QByteArray &etag);
    void onWritten(
        SubscriptionWriter::Action action, const Subscription &before, const Subscription &after);
    void onConflict(SubscriptionWriter::Action action, const Subscription &base,
        const Subscription &current, const QByteArray &etag);
    void onFailed(const ApiError &error);
    void send(SubscriptionWriter::Action action, const Subscription &base, const QByteArray &etag);
    QString subject(const Subscription &subscription) const;
    QString server() const;

    Session *m_session;
    SubscriptionsModel *m_model;
    QSettings *m_settings;
    QWidget *m_parent;
    SubscriptionWriter *m_writer;
    QPointer<ChangeJournal> m_journal;
    std::function<QString()> m_actor;
    Pending m_pending = Pending::None;
    /// The payment method chosen for start, or what edit changes, kept through a conflict.
    QString m_paymentMethodId;
    QJsonObject m_patch;
    QHash<QString, QString> m_paymentMethodLabels;
    QPointer<SubscriptionDialog> m_dialog;
    QPointer<SubscriptionPaymentsDialog> m_paymentsDialog;
};
