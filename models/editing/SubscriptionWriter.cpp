// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/editing/SubscriptionWriter.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "models/codec/ExtendedJson.h"

SubscriptionWriter::SubscriptionWriter(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{ }

SubscriptionWriter::~SubscriptionWriter() = default;

bool SubscriptionWriter::isBusy() const
{
    return !m_reply.isNull();
}

void SubscriptionWriter::read(const QString &id)
{
    if (!m_client || isBusy())
        return;
    ApiReply *reply = m_client->getSubscription(id);
    m_reply = reply;
    reply->onFinished(this, [this](const ApiReply &done) {
        m_reply = nullptr;
        if (!done.isSuccess()) {
            Q_EMIT failed(done.error());
            return;
        }
        DecodeResult<Subscription> decoded
            = ExtendedJson::decodeObject<Subscription>(done.response().body);
        if (!decoded) {
            Q_EMIT failed(decoded.error().toApiError());
            return;
        }
        Q_EMIT fetched(decoded.value(), done.response().etag);
    });
}

void SubscriptionWriter::stop(const Subscription &base, const QByteArray &etag)
{
    if (!m_client || isBusy())
        return;
    send(Action::Stop, base, m_client->stopSubscription(base.id().toString(), etag));
}

void SubscriptionWriter::start(
    const Subscription &base, const QByteArray &etag, const QString &paymentMethodId)
{
    if (!m_client || isBusy())
        return;
    send(Action::Start, base,
        m_client->startSubscription(base.id().toString(), paymentMethodId, etag));
}

void SubscriptionWriter::update(
    const Subscription &base, const QByteArray &etag, const QJsonObject &patch)
{
    if (!m_client || isBusy())
        return;
    send(Action::Update, base, m_client->updateSubscription(base.id().toString(), patch, etag));
}

void SubscriptionWriter::send(Action action, const Subscription &base, ApiReply *reply)
{
    m_reply = reply;
    reply->onFinished(this, [this, action, base](const ApiReply &done) {
        m_reply = nullptr;
        if (!done.isSuccess()) {
            if (done.error().kind() == ApiError::Kind::PreconditionFailed)
                readAfterConflict(action, base);
            else
                Q_EMIT failed(done.error());
            return;
        }
        DecodeResult<Subscription> after
            = ExtendedJson::decodeObject<Subscription>(done.response().body);
        if (!after) {
            Q_EMIT failed(after.error().toApiError());
            return;
        }
        Q_EMIT written(action, base, after.value(), done.response().etag, done.response().body);
    });
}

void SubscriptionWriter::readAfterConflict(Action action, const Subscription &base)
{
    ApiReply *reply = m_client->getSubscription(base.id().toString());
    m_reply = reply;
    reply->onFinished(this, [this, action, base](const ApiReply &done) {
        m_reply = nullptr;
        DecodeResult<Subscription> current = done.isSuccess()
            ? ExtendedJson::decodeObject<Subscription>(done.response().body)
            : DecodeResult<Subscription>(Subscription());
        if (!done.isSuccess()) {
            Q_EMIT failed(done.error());
            return;
        }
        if (!current) {
            Q_EMIT failed(current.error().toApiError());
            return;
        }
        Q_EMIT conflict(action, base, current.value(), done.response().etag);
    });
}
