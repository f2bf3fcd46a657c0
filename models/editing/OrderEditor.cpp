// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/editing/OrderEditor.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "models/ModelsLogging.h"

#include <QJsonObject>

namespace {

const QString OrderStatusKey = QStringLiteral("order_status");
const QString DeliveryStatusKey = QStringLiteral("delivery_status");
const QString Canceled = QStringLiteral("CANCELED");

} // namespace

OrderEditor::OrderEditor(QObject *parent) : QObject(parent) { }

OrderEditor::~OrderEditor()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void OrderEditor::setClient(ApiClient *client)
{
    m_client = client;
}

void OrderEditor::setOrder(const Order &order, const QByteArray &etag)
{
    m_order = order;
    m_etag = etag;
    m_conflicts.clear();
    if (m_state == State::Conflict)
        setState(State::Idle);
}

bool OrderEditor::canCancel(const QString &orderStatus, const QString &deliveryStatus)
{
    return orderStatus != QLatin1String("DONE") && orderStatus != Canceled
        && deliveryStatus != QLatin1String("DONE");
}

QString OrderEditor::fieldValue(const Order &order, const QString &field)
{
    return field == OrderStatusKey ? order.orderStatus() : order.deliveryStatus();
}

QList<QPair<QString, QString>> OrderEditor::pendingValues() const
{
    if (m_action == Action::Cancel)
        return {{OrderStatusKey, Canceled}, {DeliveryStatusKey, Canceled}};
    QList<QPair<QString, QString>> values;
    if (!m_orderStatus.isEmpty())
        values.append({OrderStatusKey, m_orderStatus});
    if (!m_deliveryStatus.isEmpty())
        values.append({DeliveryStatusKey, m_deliveryStatus});
    return values;
}

bool OrderEditor::changeStatus(const QString &orderStatus, const QString &deliveryStatus)
{
    if (m_state == State::Writing || !m_client)
        return false;
    m_orderStatus = orderStatus != m_order.orderStatus() ? orderStatus : QString();
    m_deliveryStatus = deliveryStatus != m_order.deliveryStatus() ? deliveryStatus : QString();
    if (m_orderStatus.isEmpty() && m_deliveryStatus.isEmpty())
        return false;
    m_action = Action::Status;
    m_reread = false;
    send();
    return true;
}

bool OrderEditor::cancel()
{
    if (m_state == State::Writing || !m_client)
        return false;
    m_action = Action::Cancel;
    m_orderStatus.clear();
    m_deliveryStatus.clear();
    m_reread = false;
    send();
    return true;
}

bool OrderEditor::keepMine()
{
    if (m_state != State::Conflict || !m_client)
        return false;
    m_order = m_server;
    m_etag = m_serverEtag;
    m_conflicts.clear();
    m_reread = false;
    send();
    return true;
}

void OrderEditor::takeTheirs()
{
    if (m_state != State::Conflict)
        return;
    m_order = m_server;
    m_etag = m_serverEtag;
    m_conflicts.clear();
    m_action = Action::None;
    setState(State::Idle);
    Q_EMIT orderChanged(m_order);
}

void OrderEditor::send()
{
    const QString id = m_order.id().toString();
    if (m_action == Action::Cancel) {
        m_reply = m_client->cancelOrder(id, m_etag);
    } else {
        QJsonObject patch;
        for (const auto &value : pendingValues())
            patch.insert(value.first, value.second);
        m_reply = m_client->updateOrder(id, patch, m_etag);
    }
    setState(State::Writing);
    m_reply->onFinished(this, [this](const ApiReply &reply) { onWriteReply(reply); });
}

void OrderEditor::onWriteReply(const ApiReply &reply)
{
    m_reply.clear();
    ApiError error = reply.error();
    if (error.kind() == ApiError::Kind::PreconditionFailed && !m_reread) {
        // Someone else saved the order: read it again and see whether they touched our fields.
        qCInfo(lcModels) << "order write met a newer version; reading it again";
        m_reread = true;
        m_reply = m_client->getOrder(m_order.id().toString());
        m_reply->onFinished(this, [this](const ApiReply &again) { onReread(again); });
        return;
    }
    if (!error.isError()) {
        DecodeResult<Order> decoded = Order::fromJson(reply.response().object);
        if (decoded) {
            const Order before = m_order;
            m_order = decoded.takeValue();
            m_etag = reply.response().etag;
            QList<OrderChange> changes;
            for (const QString &field : {OrderStatusKey, DeliveryStatusKey}) {
                const QString was = fieldValue(before, field);
                const QString now = fieldValue(m_order, field);
                if (was != now)
                    changes.append({field, QJsonValue(was), QJsonValue(now)});
            }
            m_action = Action::None;
            setState(State::Idle);
            Q_EMIT written(m_order, changes);
            return;
        }
        error = decoded.error().toApiError(reply.response().url.host());
    }
    setState(State::Idle);
    if (!error.isCancellation())
        Q_EMIT failed(error);
}

void OrderEditor::onReread(const ApiReply &reply)
{
    m_reply.clear();
    ApiError error = reply.error();
    if (!error.isError()) {
        DecodeResult<Order> decoded = Order::fromJson(reply.response().object);
        if (decoded) {
            m_server = decoded.takeValue();
            m_serverEtag = reply.response().etag;
            m_conflicts.clear();
            for (const auto &value : pendingValues()) {
                const QString base = fieldValue(m_order, value.first);
                const QString theirs = fieldValue(m_server, value.first);
                if (theirs != base && theirs != value.second)
                    m_conflicts.append({value.first, base, value.second, theirs});
            }
            if (m_conflicts.isEmpty()) {
                // Changes to other fields are taken over; ours go over the new version.
                m_order = m_server;
                m_etag = m_serverEtag;
                send();
                return;
            }
            setState(State::Conflict);
            Q_EMIT conflictFound(m_conflicts);
            return;
        }
        error = decoded.error().toApiError(reply.response().url.host());
    }
    setState(State::Idle);
    if (!error.isCancellation())
        Q_EMIT failed(error);
}

void OrderEditor::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
