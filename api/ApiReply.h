// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiConnection.h"
#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "api/ApiResponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <utility>

class ApiClient;
class QNetworkReply;

/// The job every ApiClient call returns. It emits finished() exactly once, never from inside
/// the call that created it, with either a response (isSuccess()) or one ApiError.
///
/// Ownership: the reply is a child of its ApiClient and deletes itself (deleteLater) after
/// finished() has been emitted. Keep it in a QPointer if you keep it at all. Call
/// setAutoDelete(false) before it finishes (or in a slot connected to finished()) to own it
/// yourself: it is then unparented and you delete it. Destroying an unfinished reply abandons
/// the request silently. When the ApiClient is destroyed, unfinished replies end as Canceled
/// *without* emitting finished() (their receivers may be half-destroyed parents of the
/// client).
class ApiReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    ~ApiReply() override;

    const ApiRequest &request() const { return m_request; }
    /// The number this request has in the log ("#12 GET /users").
    quint64 serial() const { return m_serial; }

    bool isFinished() const { return m_finished; }
    bool isSuccess() const { return m_finished && !m_error.isError(); }
    /// The answer; on an HTTP error it holds the error answer (status, body).
    const ApiResponse &response() const { return m_response; }
    const ApiError &error() const { return m_error; }
    /// How many times the request was sent (1 + retries).
    int attempts() const { return m_attempt; }

    /// Cancels the request: it finishes at once with ApiError::Kind::Canceled, and anything
    /// the server still sends is ignored. Do not use it to abandon a write you still care
    /// about: the server may already have applied it.
    void abort();

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete);

    /// Calls fn(const ApiReply &) when the reply finishes, unless \a context is destroyed
    /// first: the callback dies with its receiver.
    template<class F>
    QMetaObject::Connection onFinished(QObject *context, F &&fn)
    {
        return connect(this, &ApiReply::finished, context,
            [this, fn = std::forward<F>(fn)]() mutable { fn(std::as_const(*this)); });
    }

Q_SIGNALS:
    /// Emitted exactly once.
    void finished();
    /// A GET is waiting \a delayMs before attempt number \a attempt (2 for the first retry).
    void retryScheduled(int attempt, int delayMs);

private:
    friend class ApiClient;
    ApiReply(const ApiRequest &request, quint64 serial, ApiClient *client);

    ApiRequest m_request;
    quint64 m_serial = 0;
    QPointer<ApiClient> m_client;
    ApiResponse m_response;
    ApiError m_error;
    bool m_finished = false;
    bool m_autoDelete = true;

    // Transfer state, owned by ApiClient. The connection is the one the request started
    // with, so a retry after a profile switch cannot carry new credentials to the old host.
    ApiConnection m_connection;
    QUrl m_firstUrl;
    QUrl m_url;
    QByteArray m_method;
    QByteArray m_body;
    int m_attempt = 0;
    int m_redirects = 0;
    QPointer<QNetworkReply> m_networkReply;
    QByteArray m_buffer;
    QString m_tlsDetail;
    QTimer m_deadline;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_hopElapsed;
};
