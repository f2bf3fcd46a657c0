// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiReply.h"

#include "api/ApiClient.h"

ApiReply::ApiReply(const ApiRequest &request, quint64 serial, ApiClient *client)
    : QObject(client), m_request(request), m_serial(serial), m_client(client)
{
    // Precise: a coarse timer may fire 5 % early, before a Retry-After has passed.
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
}

ApiReply::~ApiReply()
{
    if (!m_finished && m_client)
        m_client->forget(this);
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    if (m_client)
        m_client->cancel(this, ApiError::Kind::Canceled);
}

void ApiReply::setAutoDelete(bool autoDelete)
{
    if (m_autoDelete == autoDelete)
        return;
    m_autoDelete = autoDelete;
    if (!autoDelete) {
        setParent(nullptr);
        return;
    }
    if (m_client)
        setParent(m_client);
    if (m_finished)
        deleteLater();
}
