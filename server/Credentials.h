// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Server {

/// The credentials `--credentials-file` hands out for a seeded company: its API key (stored),
/// and freshly minted tokens.
class Credentials
{
    Q_DECLARE_TR_FUNCTIONS(Credentials)

public:
    static constexpr qint64 ServiceAccountLifetimeSecs = 365LL * 24 * 3600;
    static constexpr qint64 UserTokenLifetimeSecs = 30LL * 24 * 3600;

    QString apiKey;
    QString serviceAccountKey;
    QString userToken;
    QString userId;

    QJsonObject toJson() const;

    /// Mints the tokens of `company` at `nowMs`; the user token names its token user.
    static bool issue(
        DataStore *store, const Company &company, qint64 nowMs, Credentials *out, QString *error);
    /// A staff JWT ("builton_role": "service_account").
    static QByteArray serviceAccountKeyFor(const Company &company, qint64 nowMs);
    /// A user JWT whose `sub` is `authId`.
    static QByteArray userTokenFor(const Company &company, const QString &authId, qint64 nowMs,
        qint64 lifetimeSecs = UserTokenLifetimeSecs);

    /// Writes `content` to `path` atomically (a 0600 temporary file renamed over it).
    static bool writeFile(const QString &path, const QJsonObject &content, QString *error);
};

} // namespace Server
