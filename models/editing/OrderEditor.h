// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "models/domain/Order.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>

class ApiClient;
class ApiReply;

/// One field of an order write: the value it had, the value written.
struct OrderChange
{
    QString field; ///< "order_status", "delivery_status"
    QJsonValue before;
    QJsonValue after;
};

/// A field someone else changed on the server while the staff member changed it too.
struct OrderConflict
{
    QString field;
    QString base; ///< what the staff member started from
    QString mine; ///< what they chose
    QString theirs; ///< what is on the server now
};

/// The writes of one order: its status and delivery status (PUT /orders/{id}) and Cancel
/// (POST /orders/{id}/cancel), each sent with `If-Match` and the order's ETag, as profile saves.
///
/// When the order changed on the server meanwhile (412) the editor reads it again, as the
/// profile's 3-way merge does: when nobody else changed the fields being written, the write
/// is sent again over the new version at once; otherwise conflictFound() lists the fields
/// (started from, mine, theirs) and nothing is written until keepMine() (write again over
/// the new version) or takeTheirs() (show the server's order, drop the choice).
class OrderEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderEditor)

public:
    enum class State { Idle, Writing, Conflict };
    Q_ENUM(State)

    explicit OrderEditor(QObject *parent = nullptr);
    ~OrderEditor() override;

    void setClient(ApiClient *client);
    /// The order as read, with its ETag (from GET /orders/{id}).
    void setOrder(const Order &order, const QByteArray &etag);
    const Order &order() const { return m_order; }
    QByteArray etag() const { return m_etag; }
    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Writing; }
    QList<OrderConflict> conflicts() const { return m_conflicts; }
    /// The server's order at the conflict (valid in State::Conflict).
    const Order &serverOrder() const { return m_server; }

    /// Writes the statuses that differ from the order's; false when nothing differs or a write
    /// is running.
    bool changeStatus(const QString &orderStatus, const QString &deliveryStatus);
    /// Cancels the order; false while a write is running.
    bool cancel();
    /// After conflictFound(): writes the choice again over the server's version.
    bool keepMine();
    /// After conflictFound(): drops the choice and shows the server's order (orderChanged()).
    void takeTheirs();

    /// Whether an order in \a orderStatus / \a deliveryStatus can be cancelled (docs/API.md).
    static bool canCancel(const QString &orderStatus, const QString &deliveryStatus);

Q_SIGNALS:
    /// A write was accepted: \a order as the server now has it, \a changes what it changed.
    void written(const Order &order, const QList<OrderChange> &changes);
    /// The order shown changed without a write of ours (takeTheirs()).
    void orderChanged(const Order &order);
    void conflictFound(const QList<OrderConflict> &conflicts);
    /// A write failed (409 with the server's reason, 400, network...); nothing was written.
    void failed(const ApiError &error);
    void stateChanged(State state);

private:
    enum class Action { None, Status, Cancel };

    void send();
    void onWriteReply(const ApiReply &reply);
    void onReread(const ApiReply &reply);
    void setState(State state);
    /// The field values the pending action writes.
    QList<QPair<QString, QString>> pendingValues() const;
    static QString fieldValue(const Order &order, const QString &field);

    QPointer<ApiClient> m_client;
    QPointer<ApiReply> m_reply;
    Order m_order;
    QByteArray m_etag;
    Order m_server;
    QByteArray m_serverEtag;
    State m_state = State::Idle;
    Action m_action = Action::None;
    QString m_orderStatus;
    QString m_deliveryStatus;
    QList<OrderConflict> m_conflicts;
    bool m_reread = false; ///< the write was sent again after a 412 once already
};
