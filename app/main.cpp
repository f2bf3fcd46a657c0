// SPDX-License-Identifier: GPL-3.0-or-later

// builton-admin: parses the command line and hands over to Launcher (ui/shell), which builds and
// wires the app.

#include "api/Version.h"
#include "session/StartupOptions.h"
#include "session/Translation.h"
#include "ui/shell/Launcher.h"
#include "ui/widgets/Icons.h"

#include <QApplication>
#include <QSettings>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BuiltOn"));
    QApplication::setOrganizationDomain(QStringLiteral("builton.dev"));
    QApplication::setApplicationName(QStringLiteral("builton-admin"));
    QApplication::setApplicationDisplayName(builtonApplicationName());
    QApplication::setApplicationVersion(builtonVersion());
    // The app id of resources/linux/dev.builton.Admin.desktop and its metainfo.
    QApplication::setDesktopFileName(QStringLiteral("dev.builton.Admin"));
    QApplication::setWindowIcon(Icons::icon(Icons::Name::App));
    // The language (and with it the locale of dates, numbers and money) before any text is
    // made: "" follows the system (LANG, LANGUAGE).
    Translation::install(
        &app, QSettings().value(QStringLiteral("preferences/language")).toString());

    StartupOptions options;
    QString message;
    switch (StartupOptions::parse(QApplication::arguments(), &options, &message)) {
    case StartupOptions::Outcome::Run:
        break;
    case StartupOptions::Outcome::Exit:
        std::fprintf(stdout, "%s", qPrintable(message));
        return 0;
    case StartupOptions::Outcome::UsageError:
        std::fprintf(stderr, "builton-admin: %s\nTry --help.\n", qPrintable(message));
        return 2;
    }

    Launcher launcher(options);
    QObject::connect(
        &launcher, &Launcher::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    if (!launcher.start())
        return launcher.exitCode();
    return QApplication::exec();
}
