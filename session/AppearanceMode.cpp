// SPDX-License-Identifier: GPL-3.0-or-later

#include "session/AppearanceMode.h"

#include <QCoreApplication>

namespace Appearance {

QString modeKey(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

Mode modeFromKey(const QString &key, Mode fallback)
{
    for (const Mode mode : {Mode::System, Mode::Light, Mode::Dark}) {
        if (key.compare(modeKey(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return fallback;
}

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QCoreApplication::translate("Appearance", "System default");
    case Mode::Light:
        return QCoreApplication::translate("Appearance", "Light");
    case Mode::Dark:
        return QCoreApplication::translate("Appearance", "Dark");
    }
    return QString();
}

} // namespace Appearance
