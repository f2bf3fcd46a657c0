// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "models/domain/Subscription.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

class ApiClient;
class ApiReply;

/// Reads one subscription with its ETag and writes to it: stop, start (with a payment method)
/// and update (payment_method, note), each sent with If-Match, so that a change someone else
/// made since it was read is never overwritten. One request at a time.
///
/// - read() → fetched() with the subscription and its ETag, or failed();
/// - a write → written() with the subscription before and after (the answer) and its new ETag;
///   on 412 the subscription is read again and conflict() has it as it is now, with its ETag,
///   for the staff member to decide (the write is not retried by itself); any other refusal
///   (409 with the server's reason, 400...) is failed().
class SubscriptionWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionWriter)

public:
    enum class Action { Stop, Start, Update };
    Q_ENUM(Action)

    explicit SubscriptionWriter(ApiClient *client, QObject *parent = nullptr);
    ~SubscriptionWriter() override;

    bool isBusy() const;

    void read(const QString &id);
    void stop(const Subscription &base, const QByteArray &etag);
    /// \a paymentMethodId: the customer's payment method to renew with (empty: the one it has).
    void start(const Subscription &base, const QByteArray &etag, const QString &paymentMethodId);
    void update(const Subscription &base, const QByteArray &etag, const QJsonObject &patch);

Q_SIGNALS:
    void fetched(const Subscription &subscription, const QByteArray &etag);
    void written(SubscriptionWriter::Action action, const Subscription &before,
        const Subscription &after, const QByteArray &etag, const QByteArray &body);
    /// The write was refused with 412: \a current is the subscription as the server has it now.
    void conflict(SubscriptionWriter::Action action, const Subscription &base,
        const Subscription &current, const QByteArray &etag);
    void failed(const ApiError &error);

private:
    void send(Action action, const Subscription &base, ApiReply *reply);
    void readAfterConflict(Action action, const Subscription &base);

    QPointer<ApiClient> m_client;
    QPointer<ApiReply> m_reply;
};
