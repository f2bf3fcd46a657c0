// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/jobs/OrderTotalsPager.h"

#include "api/ApiClient.h"
#include "models/codec/DecodeError.h"
#include "models/items/OrderRows.h"

OrderTotalsPager::OrderTotalsPager(QObject *parent)
    : QObject(parent), m_page(std::make_unique<OrderRows>())
{
    connect(&m_loader, &AllPagesLoader::progress, this, &OrderTotalsPager::progress);
    connect(&m_loader, &AllPagesLoader::finished, this, [this] {
        m_page->clear();
        Q_EMIT finished();
    });
    connect(&m_loader, &AllPagesLoader::failed, this, [this](const ApiError &error) {
        m_page->clear();
        Q_EMIT failed(error);
    });
    connect(&m_loader, &AllPagesLoader::canceled, this, [this] {
        m_page->clear();
        Q_EMIT canceled();
    });
}

OrderTotalsPager::~OrderTotalsPager()
{
    m_loader.disconnect(this);
}

bool OrderTotalsPager::start(ApiClient *client, const OrderQuery &query)
{
    if (!client || m_loader.isRunning())
        return false;
    m_query = query;
    m_query.sort = QStringLiteral("created");
    m_totals.clear();
    m_orders = 0;
    m_withoutTotal = 0;
    m_page->clear();
    return m_loader.start(
        client,
        [this](ApiClient *api, int page, int size) {
            OrderQuery query = m_query;
            query.page = page;
            query.size = size;
            return api->listOrders(query);
        },
        [this](const QByteArray &body, int *rows, DecodeError *error) {
            return addPage(body, rows, error);
        });
}

void OrderTotalsPager::cancel()
{
    m_loader.cancel();
}

bool OrderTotalsPager::addPage(const QByteArray &body, int *rows, DecodeError *error)
{
    m_page->clear();
    if (!m_page->appendPage(body, error))
        return false;
    *rows = m_page->size();
    // Each order is added on its own, so one that would overflow its currency's sum is
    // counted as left out instead of spoiling the rest of its page.
    for (int row = 0; row < *rows; ++row) {
        const OrderRow &order = m_page->at(row);
        if (!(order.flags & OrderRows::HasTotal) || !m_totals.add(m_page->total(order)))
            ++m_withoutTotal;
    }
    m_orders += *rows;
    return true;
}
