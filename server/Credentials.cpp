// SPDX-License-Identifier: GPL-3.0-or-later
#include "Credentials.h"

#include "Jwt.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cstdio>
#include <unistd.h>

namespace Server {

QJsonObject Credentials::toJson() const
{
    return QJsonObject {{QStringLiteral("api_key"), apiKey},
        {QStringLiteral("service_account_key"), serviceAccountKey},
        {QStringLiteral("user_token"), userToken}, {QStringLiteral("user_id"), userId}};
}

QByteArray Credentials::serviceAccountKeyFor(const Company &company, qint64 nowMs)
{
    const qint64 now = nowMs / 1000;
    return Jwt::sign(
        QJsonObject {
            {QStringLiteral("sub"), QString(QStringLiteral("service-account|") + company.id)},
            {QStringLiteral("iat"), now}, {QStringLiteral("exp"), now + ServiceAccountLifetimeSecs},
            {QStringLiteral("iss"), QStringLiteral("builton-server")},
            {QStringLiteral("cid"), company.id},
            {QStringLiteral("builton_role"), QStringLiteral("service_account")}},
        company.jwtSecret);
}

QByteArray Credentials::userTokenFor(
    const Company &company, const QString &authId, qint64 nowMs, qint64 lifetimeSecs)
{
    const qint64 now = nowMs / 1000;
    return Jwt::sign(QJsonObject {{QStringLiteral("sub"), authId}, {QStringLiteral("iat"), now},
                         {QStringLiteral("exp"), now + lifetimeSecs},
                         {QStringLiteral("iss"), QStringLiteral("builton-server")},
                         {QStringLiteral("cid"), company.id}},
        company.jwtSecret);
}

bool Credentials::issue(
    DataStore *store, const Company &company, qint64 nowMs, Credentials *out, QString *error)
{
    UserRow user;
    if (company.tokenUserId.isEmpty()
        || store->userById(company.id, company.tokenUserId, &user) != StoreStatus::Ok) {
        *error = tr("The company %1 has no token user.").arg(company.slug);
        return false;
    }
    const QString authId
        = QJsonDocument::fromJson(user.doc).object().value(QLatin1String("auth_id")).toString();
    if (authId.isEmpty()) {
        *error = tr("The token user of %1 has no auth_id.").arg(company.slug);
        return false;
    }
    out->apiKey = QString::fromUtf8(company.apiKey);
    out->serviceAccountKey = QString::fromLatin1(serviceAccountKeyFor(company, nowMs));
    out->userToken = QString::fromLatin1(userTokenFor(company, authId, nowMs));
    out->userId = user.id;
    return true;
}

bool Credentials::writeFile(const QString &path, const QJsonObject &content, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Cannot create the directory %1.").arg(info.absolutePath());
        return false;
    }
    const QString temporary = info.absoluteFilePath()
        + QStringLiteral(".tmp-%1-%2")
              .arg(::getpid())
              .arg(QRandomGenerator::system()->generate(), 0, 16);
    QFile file(temporary);
    // Created with 0600 from the start: the secrets are never readable by others.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("Cannot write %1: %2").arg(temporary, file.errorString());
        return false;
    }
    const QByteArray bytes = QJsonDocument(content).toJson(QJsonDocument::Indented);
    const bool written
        = file.write(bytes) == bytes.size() && file.flush() && ::fsync(file.handle()) == 0;
    file.close();
    if (!written) {
        *error = tr("Cannot write %1: %2").arg(temporary, file.errorString());
        QFile::remove(temporary);
        return false;
    }
    if (std::rename(QFile::encodeName(temporary).constData(),
            QFile::encodeName(info.absoluteFilePath()).constData())
        != 0) {
        *error = tr("Cannot move %1 into place.").arg(temporary);
        QFile::remove(temporary);
        return false;
    }
    return true;
}

} // namespace Server
