#include "StartupOptions.h"

#include "ConnectionProfile.h"

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
    parser.addOptions({demo, server, profile, screenshot, screenshotTimeout});

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
    *options = result;
    return Outcome::Run;
}
