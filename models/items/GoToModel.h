// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

class ApiClient;
class ApiReply;

/// One place "Go to" can take the staff member: a customer or an order.
struct GoToHit
{
    enum class Kind { Customer, Order };
    Kind kind = Kind::Customer;
    QString id; ///< the _id (24 hex digits)
    QString humanId; ///< customer ID or order number
    QString title; ///< "Ann Berg", "Order LM34ZU"
    QString detail; ///< "ann@example.com · +4791234567", "Ann Berg · 120,00 NOK · Pending"
    /// The text typed is exactly this record's customer ID, email, phone, _id or order number.
    bool exact = false;
};

/// "Go to anything": one text (an order number, a customer ID, an internal id, an email or a
/// phone number) looked up as customers (GET /users/search, or GET /users/{id} for an
/// internal id) and as orders (GET /orders/search, GET /orders/{id}) at the same time. The
/// rows are the hits, exact ones first, customers before orders; at most MaxPerKind of each.
/// single() is the one to open directly: the only exact hit, or the only hit. A new search
/// drops the requests of the previous one.
class GoToModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoToModel)

public:
    static constexpr int MaxPerKind = 10;

    enum Role {
        KindRole = Qt::UserRole + 1, ///< int(GoToHit::Kind)
        IdRole,
        HumanIdRole,
        ExactRole,
    };

    explicit GoToModel(QObject *parent = nullptr);
    ~GoToModel() override;

    /// Starts looking \a text up (trimmed); an empty text clears the rows.
    void search(ApiClient *client, const QString &text);
    void clear();
    QString text() const { return m_text; }
    bool isSearching() const;
    /// Set when both lookups failed (a lookup that finds nothing is no error).
    ApiError lastError() const { return m_error; }

    const QList<GoToHit> &hits() const { return m_hits; }
    GoToHit hit(int row) const { return m_hits.value(row); }
    /// The row to open without asking, or -1.
    int single() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Both lookups are done; the rows are final.
    void finished();

private:
    void onUsers(const ApiReply &reply);
    void onOrders(const ApiReply &reply);
    template<typename T, typename MakeHit>
    void collect(const ApiReply &reply, QList<GoToHit> *hits, MakeHit makeHit);
    void finishIfDone();
    void abortAll();

    QString m_text;
    QPointer<ApiReply> m_users;
    QPointer<ApiReply> m_orders;
    QList<GoToHit> m_userHits;
    QList<GoToHit> m_orderHits;
    QList<GoToHit> m_hits;
    ApiError m_error;
    int m_failures = 0;
};
