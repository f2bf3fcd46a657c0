// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "models/domain/Payment.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QPointer>

class ApiClient;
class ApiReply;

/// The payments of one order or subscription (GET /orders/{id}/payments,
/// /subscriptions/{id}/payments), every page of them, newest first as the server sends them:
/// date, state, amount with its currency, card, and why a failed one failed.
class PaymentsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentsModel)

public:
    enum Column { Date, State, Amount, Card, Failure, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        /// Typed values: the date as QDateTime (UTC), the state's code, the amount as a number,
        /// the failure code.
        RawValueRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)

    explicit PaymentsModel(ApiClient *client, QObject *parent = nullptr);
    ~PaymentsModel() override;

    /// Drops the rows and loads every page of \a query.
    void load(const PaymentQuery &query);
    bool isLoading() const;
    bool hasLoaded() const { return m_loaded; }
    const QList<Payment> &payments() const { return m_payments; }
    /// The total the server reported (-1 before an answer).
    qint64 total() const { return m_total; }

    /// "Succeeded", "Failed"...; unknown values verbatim.
    static QString stateName(const QString &state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Every page is in.
    void loaded();
    void loadFailed(const ApiError &error);

private:
    void requestPage(int page);

    QPointer<ApiClient> m_client;
    PaymentQuery m_query;
    QPointer<ApiReply> m_reply;
    QList<Payment> m_payments;
    QLocale m_locale;
    qint64 m_total = -1;
    bool m_loaded = false;
};
