// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>

/// Paging of a list answer. total is the server's X-Pagination-Total: the number of documents
/// matching the filter over all pages, or -1 when the server did not send it.
struct PageInfo
{
    qint64 total = -1;
    int page = 0;
    int size = 0;

    /// Whether pages after this one may hold more documents (true when total is unknown and
    /// this page was full).
    bool hasMore(int itemsOnThisPage) const;
};

/// What the server answered: status, headers and the body bytes. Returned by every call
/// through ApiReply::response(); on an HTTP error it still holds the error answer.
struct ApiResponse
{
    int status = 0;
    QByteArray body;
    /// The ETag of a single record, exactly as sent (with its quotes), for If-Match.
    QByteArray etag;
    /// Set on list calls (ApiRequest::paged).
    PageInfo page;
    /// The URL that finally answered (after same-origin redirects).
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    /// The body parsed, when the route answers one JSON object (single records and errors):
    /// such bodies are validated here completely, and callers need not parse them again.
    /// List bodies are checked for type and shape only; the models decode them.
    QJsonObject object;

    /// Value of a response header, case-insensitively; empty when absent.
    QByteArray rawHeader(const QByteArray &name) const;
    bool hasRawHeader(const QByteArray &name) const;
};
