// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMetaType>
#include <QString>

/// The two secrets of a connection: the API key (X-Builton-Api-Key, selects the company)
/// and the token (Authorization: Bearer, a service-account key or user token).
///
/// Deliberately has no QDebug operator and no conversion to text: `qDebug() << credentials`
/// does not compile, so a secret cannot reach a log by accident.
struct ProfileCredentials
{
    QString apiKey;
    QString token;

    bool isEmpty() const { return apiKey.isEmpty() && token.isEmpty(); }
    /// Both parts present: what a staff connection needs.
    bool isComplete() const { return !apiKey.isEmpty() && !token.isEmpty(); }

    friend bool operator==(const ProfileCredentials &a, const ProfileCredentials &b)
    {
        return a.apiKey == b.apiKey && a.token == b.token;
    }
    friend bool operator!=(const ProfileCredentials &a, const ProfileCredentials &b)
    {
        return !(a == b);
    }
};

Q_DECLARE_METATYPE(ProfileCredentials)
