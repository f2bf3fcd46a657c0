// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/CredentialReply.h"

#include "api/CredentialsLogging.h"

#include <QMetaObject>

CredentialReply::CredentialReply(
    CredentialResult::Operation operation, const ConnectionProfile &profile, QObject *parent)
    : QObject(parent), m_operation(operation), m_profile(profile)
{ }

CredentialReply::~CredentialReply() = default;

void CredentialReply::finish(const CredentialResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;

    // Names, ids and error kinds only: the result's credentials are never logged.
    const bool expected
        = result.isSuccess() || result.status() == CredentialResult::Status::NotFound;
    const QString failure = result.status() == CredentialResult::Status::Failed
        ? QLatin1Char('/') + CredentialResult::failureName(result.failure())
        : QString();
    if (expected) {
        qCInfo(lcCredentials).noquote()
            << "Credentials" << CredentialResult::operationName(m_operation) << "for profile"
            << m_profile.name() << m_profile.id().toString(QUuid::WithoutBraces) << "->"
            << CredentialResult::statusName(result.status())
            << (result.isSessionOnly() ? "(session only)" : "");
    } else {
        qCWarning(lcCredentials).noquote()
            << "Credentials" << CredentialResult::operationName(m_operation) << "for profile"
            << m_profile.name() << m_profile.id().toString(QUuid::WithoutBraces) << "->"
            << CredentialResult::statusName(result.status()) + failure << result.detail();
    }
    Q_EMIT finished(m_result);
}

void CredentialReply::finishLater(const CredentialResult &result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { finish(result); }, Qt::QueuedConnection);
}
