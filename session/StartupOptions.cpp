// SPDX-License-Identifier: GPL-3.0-or-later

#include "session/StartupOptions.h"

#include "api/ConnectionProfile.h"

#include <QCommandLineParser>

StartupOptions::Outcome StartupOptions::parse(
    const QStringList &arguments, StartupOptions *options, QString *message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("BuiltOn Admin: a desktop client for the support staff of shops built on the BuiltOn "
           "commerce API.\n\n"
           "Without options it connects with the connection used last, or asks for one."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        tr("Start the local builton-server with demo data (kept in the app's data folder between "
           "runs), sign in to it for this session only, and stop it on exit."));
    const QCommandLineOption server(QStringLiteral("server"),
        tr("Connect to the BuiltOn API at URL with the credentials in the environment variables "
           "BUILTON_API_KEY and BUILTON_TOKEN, for scripted use. Nothing is stored."),
        tr("URL"));
    const QCommandLineOption profile(
        QStringLiteral("profile"), tr("Use the stored connection called NAME."), tr("NAME"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        tr("Once the first data has loaded, save a PNG of the main window to FILE and exit "
           "(non-zero, with the reason, when that does not happen)."),
        tr("FILE"));
    const QCommandLineOption screenshotTimeout(QStringLiteral("screenshot-timeout"),
        tr("How long --screenshot waits for data after connecting (default %1).")
            .arg(defaultScreenshotTimeoutSecs),
        tr("SECONDS"));
    const QCommandLineOption show(QStringLiteral("show"),
        tr("Show PAGE first: %1. A page the credentials do not reach is an error with "
           "--screenshot.")
            .arg(pageNames().join(QStringLiteral(", "))),
        tr("PAGE"));
    const QCommandLineOption openUser(QStringLiteral("open-user"),
        tr("Open the tab of the user whose human_id (e.g. ZQK3YW) or _id (24 hex digits) is "
           "USER, once connected (staff only). --screenshot then waits for the user's profile."),
        tr("USER"));
    const QCommandLineOption ordersRange(QStringLiteral("orders-range"),
        tr("Set the date range of the Orders page to RANGE: today, yesterday, last7, last30, "
           "thismonth, lastmonth, thisyear, all, or FROM..TO with dates like 2026-11-01 (either "
           "end may be left open). It stays the page's filter, as if chosen there."),
        tr("RANGE"));
    parser.addOptions(
        {demo, server, profile, screenshot, screenshotTimeout, show, openUser, ordersRange});

    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return Outcome::UsageError;
    }
    if (parser.isSet(help)) {
        *message = parser.helpText();
        return Outcome::Exit;
    }
    if (parser.isSet(version)) {
        *message = QStringLiteral("%1 %2\n").arg(
            QCoreApplication::applicationName(), QCoreApplication::applicationVersion());
        return Outcome::Exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *message = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return Outcome::UsageError;
    }
    const int modes
        = int(parser.isSet(demo)) + int(parser.isSet(server)) + int(parser.isSet(profile));
    if (modes > 1) {
        *message = tr("Use only one of --demo, --server and --profile.");
        return Outcome::UsageError;
    }

    StartupOptions result;
    result.demo = parser.isSet(demo);
    if (parser.isSet(server)) {
        const QString text = parser.value(server).trimmed();
        const QUrl url(text, QUrl::StrictMode);
        ConnectionProfile check
            = ConnectionProfile::create(url.host().isEmpty() ? text : url.host(), url,
                ConnectionProfile::guessEnvironment(url));
        const QString problem = text.isEmpty() ? tr("--server needs the address of a BuiltOn API.")
                                               : check.validate();
        if (!problem.isEmpty()) {
            *message = tr("Cannot use --server %1: %2").arg(text, problem);
            return Outcome::UsageError;
        }
        result.serverUrl = url;
    }
    if (parser.isSet(profile)) {
        result.profileName = parser.value(profile).trimmed();
        if (result.profileName.isEmpty()) {
            *message = tr("--profile needs the name of a stored connection.");
            return Outcome::UsageError;
        }
    }
    if (parser.isSet(screenshot)) {
        result.screenshotPath = parser.value(screenshot);
        if (result.screenshotPath.isEmpty()) {
            *message = tr("--screenshot needs a file name.");
            return Outcome::UsageError;
        }
    }
    if (parser.isSet(screenshotTimeout)) {
        bool ok = false;
        const int seconds = parser.value(screenshotTimeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            *message = tr("--screenshot-timeout needs a number of seconds from 1 to 3600.");
            return Outcome::UsageError;
        }
        result.screenshotTimeoutSecs = seconds;
    }
    if (parser.isSet(show)) {
        const QString name = parser.value(show).trimmed().toLower();
        const QStringList names = pageNames();
        const qsizetype index = names.indexOf(name);
        if (index < 0) {
            *message = tr("--show needs one of %1 (not “%2”).")
                           .arg(names.join(QStringLiteral(", ")), parser.value(show));
            return Outcome::UsageError;
        }
        result.page = Page(int(index) + 1);
    }
    if (parser.isSet(openUser)) {
        result.openUser = parser.value(openUser).trimmed();
        if (result.openUser.isEmpty()) {
            *message = tr("--open-user needs a user's human_id or _id.");
            return Outcome::UsageError;
        }
    }
    if (parser.isSet(ordersRange)) {
        result.ordersRange = parseOrdersRange(parser.value(ordersRange));
        if (!result.ordersRange) {
            *message = tr("--orders-range needs a preset (today, yesterday, last7, last30, "
                          "thismonth, lastmonth, thisyear, all) or FROM..TO with dates like "
                          "2026-11-01, not “%1”.")
                           .arg(parser.value(ordersRange));
            return Outcome::UsageError;
        }
    }
    *options = result;
    return Outcome::Run;
}

QStringList StartupOptions::pageNames()
{
    // In the order of Page after Default.
    return {QStringLiteral("users"), QStringLiteral("orders"), QStringLiteral("subscriptions"),
        QStringLiteral("account")};
}

QString StartupOptions::pageName(Page page)
{
    if (page == Page::Default)
        return QString();
    return pageNames().value(int(page) - 1);
}

std::optional<DateRange> StartupOptions::parseOrdersRange(const QString &text)
{
    const QString trimmed = text.trimmed().toLower();
    const qsizetype dots = trimmed.indexOf(QLatin1String(".."));
    if (dots < 0) {
        if (trimmed.isEmpty() || trimmed.contains(QLatin1Char(':')))
            return std::nullopt;
        // The names QSettings keeps the presets under; anything else reads back as All time.
        const QString key = QStringLiteral("preset:") + trimmed;
        const DateRange range = DateRange::fromSettingsString(key);
        if (range.toSettingsString() != key)
            return std::nullopt;
        return range;
    }
    const QString fromText = trimmed.left(dots).trimmed();
    const QString toText = trimmed.mid(dots + 2).trimmed();
    if (fromText.isEmpty() && toText.isEmpty())
        return std::nullopt;
    const QDate from = QDate::fromString(fromText, Qt::ISODate);
    const QDate to = QDate::fromString(toText, Qt::ISODate);
    if ((!fromText.isEmpty() && !from.isValid()) || (!toText.isEmpty() && !to.isValid()))
        return std::nullopt;
    return DateRange::custom(from, to);
}
