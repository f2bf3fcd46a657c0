// SPDX-License-Identifier: GPL-3.0-or-later
// The simdjson page decoders of the list models (PageJson through UserRows, OrderRows,
// SubscriptionRows and PaymentMethodRows). Any bytes: no crash, no read past the body. A page
// is appended whole or not at all: on success the rows grow by exactly the page's elements,
// on failure they stay as they were and the error says why.

#include "FuzzSupport.h"
#include "models/items/OrderRows.h"
#include "models/items/PaymentMethodRows.h"
#include "models/items/SubscriptionRows.h"
#include "models/items/UserRows.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// The number of elements of the page as QJsonDocument reads it, or -1.
qsizetype elementCount(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return -1;
    return doc.array().size();
}

template<typename Rows>
void checkRows(Rows &rows, const QByteArray &body, qsizetype elements)
{
    const int before = rows.size();
    DecodeError error;
    if (rows.appendPage(body, &error)) {
        if (elements >= 0)
            FUZZ_CHECK(rows.size() == before + elements);
        FUZZ_CHECK(error.message.isEmpty());
    } else {
        FUZZ_CHECK(rows.size() == before);
        FUZZ_CHECK(!error.message.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    const qsizetype elements = elementCount(body);
    // Rows that live across inputs would grow without bound; each input gets fresh ones, and
    // reads the page twice so the second append starts from rows that hold something.
    UserRows users;
    checkRows(users, body, elements);
    checkRows(users, body, elements);
    for (int i = 0; i < users.size(); ++i) {
        const UserRow &row = users.at(i);
        users.name(row);
        users.tags(row);
        UserRows::idText(row);
    }
    OrderRows orders;
    checkRows(orders, body, elements);
    for (int i = 0; i < orders.size(); ++i) {
        const OrderRow &row = orders.at(i);
        orders.customerName(row);
        orders.total(row);
        orders.currency(row);
    }
    SubscriptionRows subscriptions;
    checkRows(subscriptions, body, elements);
    PaymentMethodRows paymentMethods;
    checkRows(paymentMethods, body, elements);
    return 0;
}
