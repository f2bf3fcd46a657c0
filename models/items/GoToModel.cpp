// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/items/GoToModel.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "models/codec/ExtendedJson.h"
#include "models/codec/ObjectId.h"
#include "models/domain/Order.h"
#include "models/domain/OrderFilter.h"
#include "models/domain/User.h"

#include <QLocale>

#include <algorithm>

namespace {

/// A phone number as digits and a leading "+", for comparing what was typed with what is
/// stored ("+47 912 34 567" and "+4791234567").
QString phoneDigits(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit() || (c == QLatin1Char('+') && digits.isEmpty()))
            digits.append(c);
    }
    return digits;
}

bool sameText(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

GoToHit userHit(const User &user, const QString &text)
{
    GoToHit hit;
    hit.kind = GoToHit::Kind::Customer;
    hit.id = user.id().toString();
    hit.humanId = user.humanId();
    hit.title = user.displayName();
    QStringList detail;
    for (const QString &part : {user.humanId(), user.email(), user.mobilePhoneNumber()}) {
        if (!part.isEmpty())
            detail.append(part);
    }
    hit.detail = detail.join(QStringLiteral(" · "));
    const QString phone = phoneDigits(text);
    hit.exact = sameText(user.humanId(), text) || sameText(user.email(), text)
        || sameText(hit.id, text)
        || (phone.size() >= 5 && phone == phoneDigits(user.mobilePhoneNumber()));
    return hit;
}

GoToHit orderHit(const Order &order, const QString &text)
{
    GoToHit hit;
    hit.kind = GoToHit::Kind::Order;
    hit.id = order.id().toString();
    hit.humanId = order.humanId();
    hit.title = GoToModel::tr("Order %1").arg(order.humanId());
    QStringList detail;
    if (!order.customerName().isEmpty())
        detail.append(order.customerName());
    const Money total = order.total();
    if (total.isValid())
        detail.append(total.toString(QLocale()));
    if (!order.orderStatus().isEmpty())
        detail.append(OrderFilter::orderStatusName(order.orderStatus()));
    hit.detail = detail.join(QStringLiteral(" · "));
    hit.exact = sameText(order.humanId(), text) || sameText(hit.id, text);
    return hit;
}

} // namespace

GoToModel::GoToModel(QObject *parent) : QAbstractListModel(parent) { }

GoToModel::~GoToModel()
{
    abortAll();
}

void GoToModel::abortAll()
{
    for (QPointer<ApiReply> *reply : {&m_users, &m_orders}) {
        if (*reply) {
            (*reply)->disconnect(this);
            (*reply)->abort();
            reply->clear();
        }
    }
}

void GoToModel::clear()
{
    abortAll();
    m_text.clear();
    m_error = ApiError();
    m_failures = 0;
    m_userHits.clear();
    m_orderHits.clear();
    beginResetModel();
    m_hits.clear();
    endResetModel();
}

void GoToModel::search(ApiClient *client, const QString &text)
{
    clear();
    m_text = text.trimmed();
    if (m_text.isEmpty() || !client)
        return;
    if (ObjectId::isCanonical(m_text)) {
        // An internal id: the customer or the order with it (one of them answers 404).
        m_users = client->getUser(m_text);
        m_orders = client->getOrder(m_text);
    } else {
        UserQuery users;
        users.search = m_text;
        users.size = MaxPerKind;
        m_users = client->listUsers(users);
        OrderQuery orders;
        orders.search = m_text;
        orders.size = MaxPerKind;
        m_orders = client->listOrders(orders);
    }
    m_users->onFinished(this, [this](const ApiReply &reply) { onUsers(reply); });
    m_orders->onFinished(this, [this](const ApiReply &reply) { onOrders(reply); });
}

template<typename T, typename MakeHit>
void GoToModel::collect(const ApiReply &reply, QList<GoToHit> *hits, MakeHit makeHit)
{
    const ApiError error = reply.error();
    if (error.isError()) {
        // A lookup that finds nothing (an id of the other kind) is no failure.
        if (error.kind() != ApiError::Kind::NotFound && !error.isCancellation()) {
            m_error = error;
            ++m_failures;
        }
    } else if (reply.response().body.trimmed().startsWith('[')) {
        const DecodeResult<QList<T>> values = ExtendedJson::decodeArray<T>(reply.response().body);
        if (values) {
            for (const T &value : values.value())
                hits->append(makeHit(value, m_text));
        } else {
            m_error = values.error().toApiError(reply.response().url.host());
            ++m_failures;
        }
    } else {
        const DecodeResult<T> value = T::fromJson(reply.response().object);
        if (value)
            hits->append(makeHit(value.value(), m_text));
    }
    finishIfDone();
}

void GoToModel::onUsers(const ApiReply &reply)
{
    m_users.clear();
    collect<User>(reply, &m_userHits, userHit);
}

void GoToModel::onOrders(const ApiReply &reply)
{
    m_orders.clear();
    collect<Order>(reply, &m_orderHits, orderHit);
}

void GoToModel::finishIfDone()
{
    if (isSearching())
        return;
    QList<GoToHit> hits = m_userHits + m_orderHits;
    // Exact hits first; otherwise customers, then orders, in the server's order.
    std::stable_sort(hits.begin(), hits.end(),
        [](const GoToHit &a, const GoToHit &b) { return a.exact && !b.exact; });
    if (m_failures < 2)
        m_error = ApiError();
    beginResetModel();
    m_hits = hits;
    endResetModel();
    Q_EMIT finished();
}

bool GoToModel::isSearching() const
{
    return m_users || m_orders;
}

int GoToModel::single() const
{
    int exact = -1;
    int exactCount = 0;
    for (int row = 0; row < m_hits.size(); ++row) {
        if (m_hits.at(row).exact) {
            exact = row;
            ++exactCount;
        }
    }
    if (exactCount == 1)
        return exact;
    if (exactCount == 0 && m_hits.size() == 1)
        return 0;
    return -1;
}

int GoToModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant GoToModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const GoToHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.detail.isEmpty() ? hit.title : tr("%1 — %2").arg(hit.title, hit.detail);
    case Qt::ToolTipRole:
        return hit.id;
    case Qt::AccessibleTextRole:
        return hit.kind == GoToHit::Kind::Customer
            ? tr("Customer %1, %2").arg(hit.title, hit.detail)
            : tr("%1, %2").arg(hit.title, hit.detail);
    case KindRole:
        return int(hit.kind);
    case IdRole:
        return hit.id;
    case HumanIdRole:
        return hit.humanId;
    case ExactRole:
        return hit.exact;
    default:
        return QVariant();
    }
}
