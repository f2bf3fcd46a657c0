// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/items/PaymentsModel.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "models/codec/ExtendedJson.h"

#include <QLocale>

PaymentsModel::PaymentsModel(QObject *parent) : QAbstractTableModel(parent) { }

PaymentsModel::~PaymentsModel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void PaymentsModel::load(ApiClient *client, PaymentQuery query)
{
    clear();
    if (!client)
        return;
    query.page = 0;
    query.size = MaxPayments;
    m_reply = client->listPayments(query);
    m_reply->onFinished(this, [this](const ApiReply &reply) { onReply(reply); });
}

bool PaymentsModel::isLoading() const
{
    return m_reply;
}

void PaymentsModel::clear()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply.clear();
    }
    m_loaded = false;
    m_error = ApiError();
    setPayments({});
}

void PaymentsModel::onReply(const ApiReply &reply)
{
    m_reply.clear();
    ApiError error = reply.error();
    if (!error.isError()) {
        DecodeResult<QList<Payment>> decoded
            = ExtendedJson::decodeArray<Payment>(reply.response().body);
        if (decoded) {
            setPayments(decoded.takeValue());
            m_loaded = true;
            Q_EMIT loaded();
            return;
        }
        error = decoded.error().toApiError(reply.response().url.host());
    }
    if (error.isCancellation())
        return;
    m_error = error;
    Q_EMIT loadFailed(error);
}

void PaymentsModel::setPayments(const QList<Payment> &payments)
{
    beginResetModel();
    m_payments = payments;
    endResetModel();
}

int PaymentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_payments.size());
}

int PaymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PaymentsModel::text(const Payment &payment, int column) const
{
    const QLocale locale;
    switch (Column(column)) {
    case State:
        return Payment::stateName(payment.state());
    case Amount: {
        const Money money = payment.amountMoney(m_fallbackCurrency);
        return money.isValid() ? money.toString(locale) : QString();
    }
    case Date: {
        const Timestamp date = payment.date();
        return date.isValid()
            ? locale.toString(date.toDateTime().toLocalTime(), QLocale::ShortFormat)
            : QString();
    }
    case CardColumn:
        return payment.card().label();
    case Failure:
        return payment.failureText();
    case ColumnCount:
        break;
    }
    return QString();
}

QVariant PaymentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Payment &payment = m_payments.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(payment, column);
    case Qt::ToolTipRole:
        if (column == Failure || column == State)
            return payment.failureText().isEmpty() ? QVariant() : payment.failureText();
        return QVariant();
    case Qt::TextAlignmentRole:
        if (column == Amount)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case RawValueRole:
        switch (column) {
        case State:
            return payment.state();
        case Amount:
            return payment.hasAmount() ? QVariant(payment.amount()) : QVariant();
        case Date:
            return payment.date().isValid() ? QVariant(payment.date().toDateTime()) : QVariant();
        case CardColumn:
            return payment.card().label();
        case Failure:
            return payment.failureCode();
        case ColumnCount:
            break;
        }
        return QVariant();
    case IdRole:
        return payment.id().toString();
    default:
        return QVariant();
    }
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case State:
        return tr("State");
    case Amount:
        return tr("Amount");
    case Date:
        return tr("Date");
    case CardColumn:
        return tr("Card");
    case Failure:
        return tr("Failure reason");
    case ColumnCount:
        break;
    }
    return QVariant();
}
