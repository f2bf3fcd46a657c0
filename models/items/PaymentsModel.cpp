// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/items/PaymentsModel.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "models/codec/DecodeError.h"

#include <QBrush>
#include <QColor>

namespace {

constexpr int PaymentsPerPage = 100;

} // namespace

PaymentsModel::PaymentsModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent), m_client(client)
{ }

PaymentsModel::~PaymentsModel()
{
    if (m_reply)
        m_reply->abort();
}

bool PaymentsModel::isLoading() const
{
    return !m_reply.isNull();
}

void PaymentsModel::load(const PaymentQuery &query)
{
    if (m_reply)
        m_reply->abort();
    beginResetModel();
    m_payments.clear();
    m_total = -1;
    m_loaded = false;
    m_locale = QLocale();
    endResetModel();
    m_query = query;
    requestPage(0);
}

void PaymentsModel::requestPage(int page)
{
    if (!m_client)
        return;
    PaymentQuery query = m_query;
    query.page = page;
    query.size = PaymentsPerPage;
    ApiReply *reply = m_client->listPayments(query);
    m_reply = reply;
    reply->onFinished(this, [this, page](const ApiReply &done) {
        if (m_reply != &done)
            return;
        m_reply = nullptr;
        if (!done.isSuccess()) {
            if (!done.error().isCancellation())
                Q_EMIT loadFailed(done.error());
            return;
        }
        DecodeResult<QList<Payment>> answer
            = ExtendedJson::decodeArray<Payment>(done.response().body);
        if (!answer) {
            Q_EMIT loadFailed(answer.error().toApiError());
            return;
        }
        const QList<Payment> decoded = answer.takeValue();
        m_total = done.response().page.total;
        if (!decoded.isEmpty()) {
            beginInsertRows(
                QModelIndex(), int(m_payments.size()), int(m_payments.size() + decoded.size() - 1));
            m_payments.append(decoded);
            endInsertRows();
        }
        if (!decoded.isEmpty() && m_total > qint64(page + 1) * PaymentsPerPage) {
            requestPage(page + 1);
            return;
        }
        m_loaded = true;
        Q_EMIT loaded();
    });
}

QString PaymentsModel::stateName(const QString &state)
{
    if (state == QLatin1String("created"))
        return tr("Created");
    if (state == QLatin1String("processing"))
        return tr("Processing");
    if (state == QLatin1String("succeeded"))
        return tr("Succeeded");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    if (state == QLatin1String("refunded"))
        return tr("Refunded");
    if (state == QLatin1String("canceled"))
        return tr("Canceled");
    return state;
}

int PaymentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_payments.size());
}

int PaymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Payment &payment = m_payments.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Date:
            return payment.date().isValid()
                ? m_locale.toString(payment.date().toDateTime().toLocalTime(), QLocale::ShortFormat)
                : QString();
        case State:
            return stateName(payment.state());
        case Amount:
            return payment.amount().toString(m_locale);
        case Card:
            return payment.card().label();
        case Failure:
            if (!payment.failureMessage().isEmpty() && !payment.failureCode().isEmpty())
                return tr("%1 (%2)").arg(payment.failureMessage(), payment.failureCode());
            return payment.failureMessage().isEmpty() ? payment.failureCode()
                                                      : payment.failureMessage();
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Failure || column == State)
            return data(index.siblingAtColumn(Failure), Qt::DisplayRole);
        break;
    case Qt::ForegroundRole:
        if (payment.isFailed() && column == State)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        break;
    case Qt::TextAlignmentRole:
        if (column == Amount)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RawValueRole:
        switch (column) {
        case Date:
            return payment.date().isValid() ? payment.date().toDateTime() : QVariant();
        case State:
            return payment.state();
        case Amount:
            return payment.amount().isValid() ? QVariant(payment.amount().toDouble()) : QVariant();
        case Card:
            return payment.last4();
        case Failure:
            return payment.failureCode();
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case State:
        return tr("State");
    case Amount:
        return tr("Amount");
    case Card:
        return tr("Card");
    case Failure:
        return tr("Why it failed");
    case ColumnCount:
        break;
    }
    return QVariant();
}
