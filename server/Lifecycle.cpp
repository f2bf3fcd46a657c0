// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lifecycle.h"

namespace Server {

namespace {

const QString Canceled = QStringLiteral("CANCELED");
const QString Done = QStringLiteral("DONE");

} // namespace

const QStringList &Lifecycle::orderStatuses()
{
    static const QStringList statuses {QStringLiteral("CREATED"), QStringLiteral("PENDING"),
        QStringLiteral("SUCCESS"), QStringLiteral("FAILED"), Canceled, Done};
    return statuses;
}

const QStringList &Lifecycle::deliveryStatuses()
{
    static const QStringList statuses {QStringLiteral("PENDING"), QStringLiteral("ACCEPTED"),
        QStringLiteral("IN_PROGRESS"), Done, Canceled};
    return statuses;
}

const QStringList &Lifecycle::subscriptionStatuses()
{
    static const QStringList statuses {QStringLiteral("CREATED"), QStringLiteral("ACTIVE"),
        QStringLiteral("NON_RENEWING"), Canceled, Done, QStringLiteral("ERROR")};
    return statuses;
}

QString Lifecycle::refuseCancel(const QString &status, const QString &delivery)
{
    if (status == Canceled)
        return tr("The order is cancelled already.");
    if (status == Done)
        return tr("The order is done (its status is DONE); a done order cannot be cancelled.");
    if (delivery == Done)
        return tr("The order has been delivered (its delivery status is DONE); a delivered "
                  "order cannot be cancelled.");
    return {};
}

QString Lifecycle::refuseChange(
    const QString &status, const QString &newStatus, const QString &newDelivery)
{
    if ((status == Canceled || status == Done) && !newStatus.isNull() && newStatus != status) {
        return tr("The order is %1, which is final; its status cannot become %2.")
            .arg(status, newStatus);
    }
    if (status == Canceled && !newDelivery.isNull() && newDelivery != Canceled) {
        return tr("The order is cancelled; its delivery status stays CANCELED.");
    }
    return {};
}

QString Lifecycle::refuseStop(const QString &status)
{
    if (status == QLatin1String("ACTIVE") || status == QLatin1String("ERROR"))
        return {};
    if (status == QLatin1String("NON_RENEWING"))
        return tr("The subscription is stopped already (NON_RENEWING): it renews no more.");
    if (status == QLatin1String("CREATED"))
        return tr("The subscription has not started (CREATED); there is nothing to stop.");
    if (status == Canceled || status == Done)
        return tr("The subscription has ended (%1).").arg(status);
    return tr("A subscription in status \"%1\" cannot be stopped.").arg(status);
}

QString Lifecycle::refuseStart(const QString &status)
{
    if (status == QLatin1String("CREATED") || status == QLatin1String("NON_RENEWING")
        || status == QLatin1String("ERROR"))
        return {};
    if (status == QLatin1String("ACTIVE"))
        return tr("The subscription is active already.");
    if (status == Canceled || status == Done)
        return tr("The subscription has ended (%1); an ended subscription cannot start again.")
            .arg(status);
    return tr("A subscription in status \"%1\" cannot be started.").arg(status);
}

} // namespace Server
