// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QUrl>

/// Where to connect and with what. Kept in memory only; never logged or stored by the client.
struct ApiConnection
{
    QUrl baseUrl; ///< https://host[:port][/prefix]; http only for loopback hosts
    QString apiKey; ///< X-Builton-Api-Key
    QString bearerToken; ///< Authorization: Bearer (service-account key or user token)
};
