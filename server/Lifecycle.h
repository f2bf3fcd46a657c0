// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Server {

/// The statuses orders and subscriptions go through, and the changes a write may make to them
/// (docs/API.md, "Orders, subscriptions and payments"). Each refuse...() says why a change is
/// refused (the server answers 409 with it), or returns a null string when it is allowed.
///
/// Orders: DONE and CANCELED are final. Cancelling (POST /orders/{id}/cancel, or PUT with
/// order_status CANCELED) takes an order that is neither, and whose delivery is not DONE, to
/// CANCELED with its delivery; any other status may be set by PUT, and the delivery status too,
/// except on a cancelled order.
///
/// Subscriptions: stop takes ACTIVE or ERROR to NON_RENEWING; start takes CREATED,
/// NON_RENEWING or ERROR to ACTIVE; CANCELED and DONE are final.
class Lifecycle
{
    Q_DECLARE_TR_FUNCTIONS(Lifecycle)

public:
    static const QStringList &orderStatuses();
    static const QStringList &deliveryStatuses();
    static const QStringList &subscriptionStatuses();

    /// Why an order in `status` (delivery `delivery`) cannot be cancelled.
    static QString refuseCancel(const QString &status, const QString &delivery);
    /// Why PUT cannot give an order in `status` the `newStatus` and `newDelivery` (a null
    /// string: the value stays as it is). Cancelling is refuseCancel().
    static QString refuseChange(
        const QString &status, const QString &newStatus, const QString &newDelivery);
    /// Why a subscription in `status` cannot be stopped.
    static QString refuseStop(const QString &status);
    /// Why a subscription in `status` cannot be started.
    static QString refuseStart(const QString &status);
};

} // namespace Server
