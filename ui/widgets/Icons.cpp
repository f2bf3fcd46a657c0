// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/Icons.h"

#include "resources/Resources.h"
#include "ui/widgets/Appearance.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPixmap>

namespace Icons {

namespace {

struct IconSource
{
    const char *theme; ///< freedesktop icon name; nullptr: always the shipped icon
    const char *shipped; ///< name under resources/icons
    /// One-colour line icon drawn in dark grey: redrawn in the text colour on a dark palette.
    bool symbolic = false;
};

IconSource source(Name name)
{
    switch (name) {
    case Name::App:
        return {nullptr, "builton-admin"};
    case Name::Users:
        return {"system-users", "users", true};
    case Name::Orders:
        return {"view-list-details", "orders", true};
    case Name::Subscriptions:
        return {"appointment-recurring", "subscriptions", true};
    case Name::Account:
        return {"user-identity", "account", true};
    case Name::Connections:
        return {"network-server", "connections", true};
    case Name::Retry:
        return {"view-refresh", "retry", true};
    case Name::Close:
        return {"window-close", "close", true};
    case Name::Warning:
        return {"dialog-warning", "warning"};
    case Name::Error:
        return {"dialog-error", "error"};
    case Name::Information:
        return {"dialog-information", "information"};
    case Name::Production:
        // The band's own white-on-red mark; a theme icon would not match it.
        return {nullptr, "production"};
    }
    return {nullptr, "builton-admin"};
}

/// \a icon redrawn in \a colour (its alpha kept), at the sizes and pixel ratios the app
/// uses.
QIcon tinted(const QIcon &icon, const QColor &colour)
{
    QIcon result;
    for (const qreal ratio : {1.0, 2.0}) {
        for (const int extent : {16, 20, 22, 24, 32, 48, 64}) {
            const QPixmap source = icon.pixmap(QSize(extent, extent), ratio);
            if (source.isNull())
                continue;
            QImage image = source.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&image);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(image.rect(), colour);
            painter.end();
            result.addPixmap(QPixmap::fromImage(image));
        }
    }
    return result;
}

} // namespace

QIcon icon(Name name)
{
    const IconSource s = source(name);
    QIcon shipped(BuiltOnResources::iconPath(QLatin1String(s.shipped)));
    const QPalette palette = QGuiApplication::palette();
    if (s.symbolic && Appearance::isDark(palette))
        shipped = tinted(shipped, palette.color(QPalette::WindowText));
    if (!s.theme)
        return shipped;
    return QIcon::fromTheme(QLatin1String(s.theme), shipped);
}

QList<Name> allNames()
{
    return {Name::App, Name::Users, Name::Orders, Name::Subscriptions, Name::Account,
        Name::Connections, Name::Retry, Name::Close, Name::Warning, Name::Error, Name::Information,
        Name::Production};
}

} // namespace Icons
