// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/subscriptions/SubscriptionActions.h"

#include "api/ConnectionProfile.h"
#include "models/Clock.h"
#include "models/editing/ChangeJournal.h"
#include "models/editing/SubscriptionChanges.h"
#include "models/items/SubscriptionsModel.h"
#include "session/Session.h"
#include "ui/subscriptions/SubscriptionDialog.h"
#include "ui/subscriptions/SubscriptionPaymentsDialog.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/WriteConfirmation.h"

#include <QLocale>
#include <QWidget>

#include <utility>

SubscriptionActions::SubscriptionActions(
    Session *session, SubscriptionsModel *model, QSettings *settings, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(model)
    , m_settings(settings)
    , m_parent(parent)
    , m_writer(new SubscriptionWriter(session->client(), this))
{
    connect(m_writer, &SubscriptionWriter::fetched, this, &SubscriptionActions::onFetched);
    connect(m_writer, &SubscriptionWriter::written, this,
        [this](SubscriptionWriter::Action action, const Subscription &before,
            const Subscription &after) { onWritten(action, before, after); });
    connect(m_writer, &SubscriptionWriter::conflict, this, &SubscriptionActions::onConflict);
    connect(m_writer, &SubscriptionWriter::failed, this, &SubscriptionActions::onFailed);
}

SubscriptionActions::~SubscriptionActions() = default;

void SubscriptionActions::setJournal(ChangeJournal *journal, std::function<QString()> actor)
{
    m_journal = journal;
    m_actor = std::move(actor);
}

SubscriptionDialog *SubscriptionActions::dialog() const
{
    return m_dialog;
}

SubscriptionPaymentsDialog *SubscriptionActions::paymentsDialog() const
{
    return m_paymentsDialog;
}

ChangeJournal *SubscriptionActions::journal() const
{
    return m_journal;
}

bool SubscriptionActions::isBusy() const
{
    return m_writer->isBusy() || m_pending != Pending::None;
}

bool SubscriptionActions::canStop(const QString &status)
{
    return status == QLatin1String("ACTIVE") || status == QLatin1String("ERROR");
}

bool SubscriptionActions::canStart(const QString &status)
{
    return status == QLatin1String("ERROR") || status == QLatin1String("NON_RENEWING")
        || status == QLatin1String("CREATED");
}

void SubscriptionActions::stop(int row)
{
    readFor(Pending::Stop, row);
}

void SubscriptionActions::start(int row)
{
    readFor(Pending::Start, row);
}

void SubscriptionActions::edit(int row)
{
    readFor(Pending::Edit, row);
}

void SubscriptionActions::readFor(Pending pending, int row)
{
    const QString id = m_model->subscriptionId(row);
    if (id.isEmpty() || isBusy())
        return;
    m_pending = pending;
    m_writer->read(id);
    Q_EMIT busyChanged(true);
}

void SubscriptionActions::showPayments(int row)
{
    const QString id = m_model->subscriptionId(row);
    if (id.isEmpty())
        return;
    if (m_paymentsDialog)
        m_paymentsDialog->close();
    const QString name = m_model->data(m_model->index(row, SubscriptionsModel::Name)).toString();
    const QString humanId = m_model->humanId(row);
    const QString title = tr("%1 (%2) of %3").arg(name, humanId, m_model->customerName(row));
    auto *dialog = new SubscriptionPaymentsDialog(m_session, id, title, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_paymentsDialog = dialog;
    dialog->open();
}

QString SubscriptionActions::stopConsequence(const Subscription &subscription)
{
    Timestamp end = subscription.currentPeriodEnd();
    if (subscription.endingDate().isValid() && (!end.isValid() || subscription.endingDate() < end))
        end = subscription.endingDate();
    if (!end.isValid()
        || end.toMSecsSinceEpoch() <= Clock::currentDateTimeUtc().toMSecsSinceEpoch())
        return tr("It renews no more and ends now.");
    const QDate day = end.toDateTime().toLocalTime().date();
    return tr("It renews no more; active until %1.")
        .arg(QLocale().toString(day, QLocale::LongFormat));
}

QString SubscriptionActions::subject(const Subscription &subscription) const
{
    const QString name = subscription.name().isEmpty() ? tr("Subscription") : subscription.name();
    const QString named
        = subscription.humanId().isEmpty() ? name : tr("%1 (%2)").arg(name, subscription.humanId());
    const QString customer = subscription.customer().label();
    return customer.isEmpty() ? named : tr("%1 of %2").arg(named, customer);
}

QString SubscriptionActions::server() const
{
    return ConnectionProfile::canonicalUrl(m_session->profile().baseUrl());
}

void SubscriptionActions::onFetched(const Subscription &subscription, const QByteArray &etag)
{
    const Pending pending = std::exchange(m_pending, Pending::None);
    if (pending == Pending::Stop)
        askStop(subscription, etag);
    else if (pending == Pending::Start)
        ask(SubscriptionWriter::Action::Start, subscription, etag);
    else if (pending == Pending::Edit)
        ask(SubscriptionWriter::Action::Update, subscription, etag);
    Q_EMIT busyChanged(isBusy());
}

void SubscriptionActions::askStop(const Subscription &subscription, const QByteArray &etag)
{
    QString text = tr("Stop renewing %1?").arg(subject(subscription)) + QLatin1String("\n\n")
        + stopConsequence(subscription);
    const QString notice = WriteConfirmation::notice(m_session->profile(), m_settings);
    if (!notice.isEmpty())
        text += QLatin1String("\n\n") + notice;
    if (!MessageBox::confirmDestructive(m_parent, tr("Stop Renewing"), text, tr("Stop Renewing")))
        return;
    send(SubscriptionWriter::Action::Stop, subscription, etag);
}

void SubscriptionActions::ask(
    SubscriptionWriter::Action action, const Subscription &subscription, const QByteArray &etag)
{
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new SubscriptionDialog(m_session, subscription,
        action == SubscriptionWriter::Action::Update ? SubscriptionDialog::Purpose::Edit
                                                     : SubscriptionDialog::Purpose::Start,
        m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, action, dialog, subscription, etag] {
        m_paymentMethodId = dialog->paymentMethodId();
        m_patch = dialog->patch();
        m_paymentMethodLabels = dialog->paymentMethodLabels();
        if (!WriteConfirmation::confirm(
                m_parent, m_session->profile(), m_settings, subject(subscription)))
            return;
        send(action, subscription, etag);
    });
    dialog->open();
}

void SubscriptionActions::send(
    SubscriptionWriter::Action action, const Subscription &base, const QByteArray &etag)
{
    switch (action) {
    case SubscriptionWriter::Action::Stop:
        m_writer->stop(base, etag);
        break;
    case SubscriptionWriter::Action::Start:
        m_writer->start(base, etag, m_paymentMethodId);
        break;
    case SubscriptionWriter::Action::Update:
        m_writer->update(base, etag, m_patch);
        break;
    }
    Q_EMIT busyChanged(true);
}

void SubscriptionActions::onWritten(
    SubscriptionWriter::Action action, const Subscription &before, const Subscription &after)
{
    m_model->updateSubscription(after);
    const QList<JournalEntry> entries = SubscriptionChanges::journalEntries(before, after,
        m_actor ? m_actor() : m_session->profile().name(), server(), Clock::currentDateTimeUtc());
    if (m_journal && !entries.isEmpty()) {
        QString error;
        if (!m_journal->append(entries, &error)) {
            MessageBox::warning(m_parent, tr("Change Journal"),
                tr("Saved, but the change journal could not be written: %1").arg(error));
        }
    }
    Q_EMIT busyChanged(isBusy());
    Q_EMIT written(action, after);
}

void SubscriptionActions::onConflict(SubscriptionWriter::Action action, const Subscription &base,
    const Subscription &current, const QByteArray &etag)
{
    // The row shows the server's version from now on, whatever is chosen.
    m_model->updateSubscription(current);
    Q_EMIT busyChanged(isBusy());

    QStringList lines;
    for (const FieldChange &change : SubscriptionChanges::between(base, current)) {
        lines.append(tr("%1: %2 → %3")
                         .arg(SubscriptionChanges::label(change.key),
                             SubscriptionChanges::displayText(
                                 change.key, change.before, m_paymentMethodLabels),
                             SubscriptionChanges::displayText(
                                 change.key, change.after, m_paymentMethodLabels)));
    }
    QString text = tr("Someone else changed %1 after you opened it. Nothing was saved.")
                       .arg(subject(current));
    if (!lines.isEmpty())
        text += QLatin1String("\n\n") + lines.join(QLatin1Char('\n'));
    text += QLatin1String("\n\n");
    if (action == SubscriptionWriter::Action::Stop) {
        text += tr("Stop renewing it as it is now? No keeps their version.");
    } else if (action == SubscriptionWriter::Action::Update) {
        QStringList mine;
        for (auto it = m_patch.constBegin(); it != m_patch.constEnd(); ++it) {
            mine.append(SubscriptionChanges::label(it.key()) + QLatin1String(": ")
                + SubscriptionChanges::displayText(it.key(), it.value(), m_paymentMethodLabels));
        }
        text += tr("Save your change to it as it is now (%1)? No keeps their version.")
                    .arg(mine.join(QLatin1String("; ")));
    } else {
        const QString method = m_paymentMethodLabels.value(m_paymentMethodId, m_paymentMethodId);
        text
            += tr("Start it again as it is now, paid with %1? No keeps their version.").arg(method);
    }
    if (MessageBox::question(m_parent, tr("Changed by Someone Else"), text,
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    send(action, current, etag);
}

void SubscriptionActions::onFailed(const ApiError &error)
{
    m_pending = Pending::None;
    Q_EMIT busyChanged(isBusy());
    if (error.isCancellation())
        return;
    const int status = error.httpStatus();
    if (status == 409 || status == 400) {
        const QString reason
            = error.serverMessage().isEmpty() ? error.message() : error.serverMessage();
        MessageBox::warning(
            m_parent, tr("Not Changed"), tr("The server refused the change: %1").arg(reason));
        return;
    }
    Q_EMIT errorOccurred(error);
}
