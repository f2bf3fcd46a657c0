// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>

class ApiClient;
class ApiReply;
struct DecodeError;

/// Reads every page of one list query, one page at a time, for work that needs all of a
/// filter's documents without showing them (totals, CSV export). Each page is handed to a
/// page function and then forgotten, so memory stays at one page whatever the list's size.
///
/// Pages are requested in order with the query's sort; the walk ends at the first short or
/// empty page, or once X-Pagination-Total documents have arrived. cancel() stops it at once
/// (the page in flight is aborted). The loader may be started again after it ended.
class AllPagesLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllPagesLoader)

public:
    /// Starts GET of page \a page (0-based) of \a size documents; nullptr when it cannot.
    using RequestFunction = std::function<ApiReply *(ApiClient *client, int page, int size)>;
    /// Decodes one page body; sets *rows to the documents it held. false (with \a error) fails
    /// the walk.
    using PageFunction = std::function<bool(const QByteArray &body, int *rows, DecodeError *error)>;

    static constexpr int DefaultPageSize = 1000;

    explicit AllPagesLoader(QObject *parent = nullptr);
    ~AllPagesLoader() override;

    int pageSize() const { return m_pageSize; }
    /// 1 to 1000; for the next start().
    void setPageSize(int size);

    /// Starts the walk; false when \a client is null or a walk is running.
    bool start(ApiClient *client, RequestFunction request, PageFunction onPage);
    /// Stops a running walk; emits canceled(). Nothing happens when none is running.
    void cancel();

    bool isRunning() const { return m_running; }
    /// Documents handed to the page function so far.
    qint64 loadedRows() const { return m_loaded; }
    /// X-Pagination-Total of the first page; -1 before it or when the server does not send it.
    qint64 totalRows() const { return m_total; }
    int pagesLoaded() const { return m_page; }
    /// Why the last walk failed.
    ApiError lastError() const { return m_error; }

Q_SIGNALS:
    /// After each page: \a loaded documents of \a total (-1: unknown).
    void progress(qint64 loaded, qint64 total);
    /// Every page was read.
    void finished();
    /// A request failed or a page did not decode (as an ApiError of kind MalformedBody).
    void failed(const ApiError &error);
    void canceled();

private:
    void requestNext();
    void onFinished(quint64 walk, const ApiReply &reply);
    void fail(const ApiError &error);

    QPointer<ApiClient> m_client;
    QPointer<ApiReply> m_reply;
    RequestFunction m_request;
    PageFunction m_onPage;
    int m_pageSize = DefaultPageSize;
    int m_runPageSize = DefaultPageSize;
    int m_page = 0;
    qint64 m_loaded = 0;
    qint64 m_total = -1;
    quint64 m_walk = 0;
    bool m_running = false;
    ApiError m_error;
};
