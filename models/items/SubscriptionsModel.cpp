// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/items/SubscriptionsModel.h"

#include "api/ApiClient.h"
#include "models/domain/Money.h"
#include "models/domain/OrderFilter.h"
#include "models/domain/Plan.h"
#include "models/domain/Subscription.h"
#include "models/items/PlanCache.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

static_assert(SubscriptionRow::NoTime == PagedTableModel::NoTime);

SubscriptionsModel::SubscriptionsModel(ApiClient *client, QObject *parent)
    : PagedRowsModel(ColumnCount, client, parent)
{
    setInitialSort(Created, Qt::DescendingOrder);
}

SubscriptionsModel::~SubscriptionsModel() = default;

void SubscriptionsModel::setStatuses(const QStringList &statuses)
{
    const QStringList cleaned = cleanedFilterValues(statuses);
    if (cleaned == m_statuses)
        return;
    m_statuses = cleaned;
    applyQuery();
}

void SubscriptionsModel::setIncludeDeleted(bool include)
{
    if (include == m_includeDeleted)
        return;
    m_includeDeleted = include;
    applyQuery();
}

SubscriptionQuery SubscriptionsModel::appliedQuery() const
{
    SubscriptionQuery query;
    query.scope = scope();
    query.status = m_statuses;
    query.includeDeleted = m_includeDeleted;
    query.sort = sortArgument();
    return query;
}

QString SubscriptionsModel::subscriptionId(int row) const
{
    return rowId(row);
}

QString SubscriptionsModel::customerId(int row) const
{
    return hasRow(row) ? SubscriptionRows::userIdText(m_rows.at(row)) : QString();
}

QString SubscriptionsModel::customerName(int row) const
{
    return hasRow(row) ? m_rows.customerName(m_rows.at(row)) : QString();
}

QString SubscriptionsModel::humanId(int row) const
{
    return hasRow(row) ? m_rows.text(m_rows.at(row).humanId) : QString();
}

int SubscriptionsModel::rowOfSubscription(const QString &id) const
{
    const ObjectId wanted = ObjectId::fromString(id);
    if (!wanted.isValid())
        return -1;
    for (int row = 0; row < rowCount(); ++row) {
        if (SubscriptionRows::objectId(m_rows.at(row)) == wanted)
            return row;
    }
    return -1;
}

bool SubscriptionsModel::updateSubscription(const Subscription &subscription)
{
    const int row = rowOfSubscription(subscription.id().toString());
    if (row < 0)
        return false;
    // Read as a list element, so the row is exactly what a page would give.
    const QByteArray document = QJsonDocument(subscription.toJson()).toJson(QJsonDocument::Compact);
    DecodeError error;
    if (!m_rows.replaceRow(row, document, &error))
        return false;
    rowsAppended();
    if (m_plans)
        m_plans->resolve({SubscriptionRows::planIdText(m_rows.at(row))});
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

PlanCache *SubscriptionsModel::planCache() const
{
    return m_plans;
}

void SubscriptionsModel::setPlanCache(PlanCache *cache)
{
    if (m_plans == cache)
        return;
    if (m_plans)
        disconnect(m_plans, nullptr, this, nullptr);
    m_plans = cache;
    m_plansAskedUpTo = 0;
    if (m_plans) {
        connect(m_plans, &PlanCache::plansChanged, this, &SubscriptionsModel::onPlansChanged);
        rowsAppended();
    }
    onPlansChanged();
}

void SubscriptionsModel::onPlansChanged()
{
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, Plan), index(rowCount() - 1, Plan));
        Q_EMIT dataChanged(index(0, LastBilling), index(rowCount() - 1, LastBilling));
    }
}

void SubscriptionsModel::clearRows()
{
    PagedRowsModel::clearRows();
    m_plansAskedUpTo = 0;
}

const ::Plan *SubscriptionsModel::planOf(const Row &row) const
{
    if (!m_plans || !(row.flags & SubscriptionRows::HasPlanId))
        return nullptr;
    return m_plans->plan(SubscriptionRows::planIdText(row));
}

QString SubscriptionsModel::planText(const Row &row) const
{
    if (const ::Plan *plan = planOf(row); plan && !plan->name().isEmpty())
        return plan->name();
    return m_rows.plan(row);
}

int SubscriptionsModel::subscriptionFlags(int row) const
{
    return rowFlags(row);
}

QStringList SubscriptionsModel::knownStatuses()
{
    return {QStringLiteral("CREATED"), QStringLiteral("ACTIVE"), QStringLiteral("NON_RENEWING"),
        QStringLiteral("CANCELED"), QStringLiteral("DONE"), QStringLiteral("ERROR")};
}

QString SubscriptionsModel::statusName(const QString &status)
{
    if (status == QLatin1String("CREATED"))
        return tr("Created");
    if (status == QLatin1String("ACTIVE"))
        return tr("Active");
    if (status == QLatin1String("NON_RENEWING"))
        return tr("Not renewing");
    if (status == QLatin1String("CANCELED"))
        return tr("Canceled");
    if (status == QLatin1String("DONE"))
        return tr("Ended");
    if (status == QLatin1String("ERROR"))
        return tr("Payment error");
    return status;
}

PagedTableModel::ColumnInfo SubscriptionsModel::columnInfo(int column) const
{
    QStringList statusNames;
    for (const QString &status : knownStatuses())
        statusNames.append(statusName(status));
    // Samples: what these columns usually hold; longer values are elided.
    switch (Column(column)) {
    case HumanId:
        return {tr("ID"), QStringLiteral("SQEW7M"), QStringLiteral("human_id")};
    case Name:
        return {tr("Name"), QStringLiteral("Flowers every other week"), QStringLiteral("name")};
    case Status:
        return {tr("Status"), longest(statusNames), QStringLiteral("status")};
    case Plan:
        return {tr("Plan"), QStringLiteral("Premium, yearly")};
    case Start:
        return {tr("Start"), sampleDayText(), QStringLiteral("starting_date")};
    case End:
        return {tr("End"), sampleDayText(), QStringLiteral("ending_date")};
    case CurrentPeriod:
        return {tr("Current period"), tr("%1 – %2").arg(sampleDayText(), sampleDayText())};
    case LastBilling:
        return {tr("Last billing"),
            Money::fromDouble(12345.67, QStringLiteral("NOK")).toString(displayLocale()), QString(),
            true};
    case Trial:
        return {tr("Trial"), tr("Trial")};
    case Customer:
        return {tr("Customer"), QStringLiteral("Kristoffer Halvorsen")};
    case Created:
        return {tr("Created"), sampleDateTimeText(), QStringLiteral("created")};
    case FailedPayments:
        return {tr("Failed payments"), tr("%1, retrying").arg(displayLocale().toString(3)),
            QString(), true};
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SubscriptionsModel::rowData(const Row &row, int columnIndex, int role) const
{
    const auto column = Column(columnIndex);

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case HumanId:
            return m_rows.text(row.humanId);
        case Name:
            return m_rows.text(row.name);
        case Status:
            return statusName(m_rows.status(row));
        case Plan:
            return planText(row);
        case Start:
            return dayText(row.startingDate);
        case End:
            if (row.endingDate == SubscriptionRow::NoTime
                && (row.flags & SubscriptionRows::Infinite))
                return tr("No end");
            return dayText(row.endingDate);
        case CurrentPeriod:
            if (row.periodStart == SubscriptionRow::NoTime
                && row.periodEnd == SubscriptionRow::NoTime)
                return QString();
            return tr("%1 – %2").arg(dayText(row.periodStart), dayText(row.periodEnd));
        case LastBilling:
            if (!(row.flags & SubscriptionRows::HasLastBilling))
                return QString();
            if (const ::Plan *plan = planOf(row); plan && !plan->currency().isEmpty()) {
                const Money amount = Money::fromDouble(row.lastBillingAmount, plan->currency());
                if (amount.isValid())
                    return amount.toString(displayLocale());
            }
            return displayLocale().toString(row.lastBillingAmount, 'f', 2);
        case Trial:
            return (row.flags & SubscriptionRows::Trial) ? tr("Trial") : QString();
        case Customer:
            return m_rows.customerName(row);
        case Created:
            return dateTimeText(row.created);
        case FailedPayments:
            if (row.flags & SubscriptionRows::RetryingPayment)
                return tr("%1, retrying").arg(displayLocale().toString(row.failAttempts));
            return row.failAttempts > 0 ? displayLocale().toString(row.failAttempts) : QString();
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Status:
            if (row.flags & SubscriptionRows::Deleted)
                return tr("%1 (deleted)").arg(m_rows.status(row));
            return m_rows.status(row);
        case Plan:
            return SubscriptionRows::planIdText(row);
        case LastBilling:
            return planOf(row) ? QVariant() : QVariant(tr("In the plan's currency"));
        case Customer: {
            QStringList lines {m_rows.customerName(row)};
            for (const QString &more : {m_rows.customerEmail(row), m_rows.customerHumanId(row)}) {
                if (!more.isEmpty() && !lines.contains(more))
                    lines.append(more);
            }
            lines.append(tr("Open this customer"));
            return lines.join(QLatin1Char('\n'));
        }
        case FailedPayments:
            return tr("Failed attempts to take this period's payment: %1; retries: %2")
                .arg(displayLocale().toString(row.failAttempts),
                    displayLocale().toString(row.paymentRetries));
        default:
            if (row.flags & SubscriptionRows::Deleted)
                return tr("This subscription was deleted.");
            break;
        }
        break;
    case RawValueRole:
        switch (column) {
        case HumanId:
        case Name:
        case Plan:
        case Customer:
            return rowData(row, columnIndex, Qt::DisplayRole); // the text is the value
        case Status:
            return m_rows.status(row);
        case Start:
            return utcDateTime(row.startingDate);
        case End:
            return utcDateTime(row.endingDate);
        case CurrentPeriod:
            return utcDateTime(row.periodStart);
        case LastBilling:
            return (row.flags & SubscriptionRows::HasLastBilling) ? QVariant(row.lastBillingAmount)
                                                                  : QVariant();
        case Trial:
            return bool(row.flags & SubscriptionRows::Trial);
        case Created:
            return utcDateTime(row.created);
        case FailedPayments:
            return int(row.failAttempts);
        case ColumnCount:
            break;
        }
        break;
    case CustomerIdRole:
        return SubscriptionRows::userIdText(row);
    default:
        break;
    }
    return QVariant();
}

QHash<int, QByteArray> SubscriptionsModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedTableModel::roleNames();
    names.insert(CustomerIdRole, QByteArrayLiteral("customerId"));
    return names;
}

ApiReply *SubscriptionsModel::requestPage(
    ApiClient *client, int page, int size, const QString &sort, const QString &supersedeKey)
{
    SubscriptionQuery query = appliedQuery();
    query.page = page;
    query.size = size;
    query.sort = sort;
    return client->listSubscriptions(query, supersedeKey);
}

void SubscriptionsModel::rowsAppended()
{
    if (m_plans && m_plansAskedUpTo < m_rows.size()) {
        QStringList ids;
        for (int row = m_plansAskedUpTo; row < m_rows.size(); ++row) {
            const QString id = SubscriptionRows::planIdText(m_rows.at(row));
            if (!id.isEmpty() && !ids.contains(id))
                ids.append(id);
        }
        m_plansAskedUpTo = m_rows.size();
        m_plans->resolve(ids);
    }
    const int seen = int(m_rows.statusesSeen().size());
    if (std::exchange(m_statusesSeen, seen) != seen)
        Q_EMIT statusesSeenChanged();
}
