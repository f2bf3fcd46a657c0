// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/domain/DateRange.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

/// The command line of builton-admin (QCommandLineParser):
///   --demo                start builton-server locally with demo data and sign in to it
///   --server URL          connect to URL with BUILTON_API_KEY / BUILTON_TOKEN (never stored)
///   --profile NAME        use the stored connection NAME
///   --screenshot FILE     save a PNG of the window once the first data is shown, then exit
/// and what the window shows first (for any run, and what --screenshot waits for):
///   --show PAGE           users, orders, subscriptions or account
///   --open-user USER      open the tab of the user with this human_id or _id (staff)
///   --orders-range RANGE  the Orders page's date range: a preset (last7, thismonth...) or
///                         FROM..TO in ISO dates
struct StartupOptions
{
    Q_DECLARE_TR_FUNCTIONS(StartupOptions)

public:
    enum class Outcome {
        Run, ///< options parsed; start the app
        Exit, ///< --help or --version answered; exit 0
        UsageError, ///< exit 2 with the message
    };

    /// The page --show asks for; Default keeps the window's own choice (the one shown last).
    enum class Page { Default, Users, Orders, Subscriptions, MyAccount };

    static constexpr int defaultScreenshotTimeoutSecs = 60;

    bool demo = false;
    QUrl serverUrl; ///< empty unless --server
    QString profileName; ///< empty unless --profile
    QString screenshotPath; ///< empty unless --screenshot
    int screenshotTimeoutSecs = defaultScreenshotTimeoutSecs;
    Page page = Page::Default; ///< --show
    QString openUser; ///< --open-user: a human_id or an _id (24 hex digits); empty: none
    std::optional<DateRange> ordersRange; ///< --orders-range

    bool hasServer() const { return !serverUrl.isEmpty(); }
    bool wantsScreenshot() const { return !screenshotPath.isEmpty(); }

    /// The --show names, in the order --help lists them.
    static QStringList pageNames();
    /// "users" for Page::Users...; empty for Default.
    static QString pageName(Page page);
    /// --orders-range's RANGE: a preset name (today, yesterday, last7, last30, thismonth,
    /// lastmonth, thisyear, all) or FROM..TO with ISO dates (either end may be left out).
    static std::optional<DateRange> parseOrdersRange(const QString &text);

    /// Parses \a arguments (program name first). For Exit, \a message is the help or version
    /// text for stdout; for UsageError, a sentence for stderr.
    static Outcome parse(const QStringList &arguments, StartupOptions *options, QString *message);
};
