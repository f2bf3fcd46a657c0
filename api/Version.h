// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

/// The application's name and version, as sent in the User-Agent and shown in About.
QString builtonApplicationName();
QString builtonVersion();
