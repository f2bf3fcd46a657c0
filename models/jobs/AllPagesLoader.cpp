// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/jobs/AllPagesLoader.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "models/ModelsLogging.h"
#include "models/codec/DecodeError.h"

AllPagesLoader::AllPagesLoader(QObject *parent) : QObject(parent) { }

AllPagesLoader::~AllPagesLoader()
{
    if (m_reply) {
        ApiReply *reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
}

void AllPagesLoader::setPageSize(int size)
{
    m_pageSize = qBound(1, size, 1000);
}

bool AllPagesLoader::start(ApiClient *client, RequestFunction request, PageFunction onPage)
{
    if (!client || m_running || !request || !onPage)
        return false;
    m_client = client;
    m_request = std::move(request);
    m_onPage = std::move(onPage);
    m_runPageSize = m_pageSize;
    m_page = 0;
    m_loaded = 0;
    m_total = -1;
    m_error = ApiError();
    m_running = true;
    ++m_walk;
    requestNext();
    return true;
}

void AllPagesLoader::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_walk;
    if (m_reply) {
        ApiReply *reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
    Q_EMIT canceled();
}

void AllPagesLoader::requestNext()
{
    if (!m_client) {
        fail(ApiError(ApiError::Kind::Canceled));
        return;
    }
    ApiReply *reply = m_request(m_client, m_page, m_runPageSize);
    if (!reply) {
        fail(ApiError(ApiError::Kind::InvalidRequest));
        return;
    }
    m_reply = reply;
    const quint64 walk = m_walk;
    reply->onFinished(this, [this, walk](const ApiReply &finished) { onFinished(walk, finished); });
}

void AllPagesLoader::onFinished(quint64 walk, const ApiReply &reply)
{
    if (walk != m_walk || m_reply.data() != &reply)
        return;
    m_reply = nullptr;
    if (reply.error().isError()) {
        fail(reply.error());
        return;
    }
    const ApiResponse &response = reply.response();
    int rows = 0;
    DecodeError decodeError;
    if (!m_onPage(response.body, &rows, &decodeError)) {
        fail(decodeError.toApiError(response.url.host()));
        return;
    }
    if (walk != m_walk)
        return; // the page function canceled the walk
    if (m_page == 0)
        m_total = response.page.total;
    ++m_page;
    m_loaded += rows;
    Q_EMIT progress(m_loaded, m_total);
    if (walk != m_walk)
        return; // canceled from a progress slot
    const bool done
        = rows == 0 || !response.page.hasMore(rows) || (m_total >= 0 && m_loaded >= m_total);
    if (done) {
        m_running = false;
        m_request = nullptr;
        m_onPage = nullptr;
        Q_EMIT finished();
        return;
    }
    requestNext();
}

void AllPagesLoader::fail(const ApiError &error)
{
    m_running = false;
    m_request = nullptr;
    m_onPage = nullptr;
    ++m_walk;
    // A cancellation from outside (sign-out) is not the walk's fault, but it still ended.
    m_error = error;
    qCInfo(lcModels).noquote() << "reading all pages failed at page" << m_page << ":"
                               << ApiError::kindName(error.kind());
    Q_EMIT failed(error);
}
