#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

/// The command line of builton-admin (QCommandLineParser):
///   --demo                start builton-server locally with demo data and sign in to it
///   --server URL          connect to URL with BUILTON_API_KEY / BUILTON_TOKEN (never stored)
///   --profile NAME        use the stored connection NAME
///   --screenshot FILE     save a PNG of the window once the first data is shown, then exit
struct StartupOptions
{
    Q_DECLARE_TR_FUNCTIONS(StartupOptions)

public:
    enum class Outcome {
        Run, ///< options parsed; start the app
        Exit, ///< --help or --version answered; exit 0
        UsageError, ///< exit 2 with the message
    };

    static constexpr int defaultScreenshotTimeoutSecs = 60;

    bool demo = false;
    QUrl serverUrl; ///< empty unless --server
    QString profileName; ///< empty unless --profile
    QString screenshotPath; ///< empty unless --screenshot
    int screenshotTimeoutSecs = defaultScreenshotTimeoutSecs;

    bool hasServer() const { return !serverUrl.isEmpty(); }
    bool wantsScreenshot() const { return !screenshotPath.isEmpty(); }

    /// Parses \a arguments (program name first). For Exit, \a message is the help or version
    /// text for stdout; for UsageError, a sentence for stderr.
    static Outcome parse(const QStringList &arguments, StartupOptions *options, QString *message);
};
