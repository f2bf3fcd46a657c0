// SPDX-License-Identifier: GPL-3.0-or-later

// Dark palette and 200 % scale: with the app's light and dark palettes applied
// (data-driven), every custom-coloured text reaches a contrast of 4.5:1 against what it is
// drawn on (production band and status label, message banner at each level, validation
// messages, greyed rows, placeholder text), and every icon renders non-empty at device pixel
// ratio 2. CMake runs this test with QT_SCALE_FACTOR=2, so the windows here are at 200 %.

#include "api/ConnectionProfile.h"
#include "api/CredentialStore.h"
#include "api/ProfileStore.h"
#include "session/Session.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/EnvironmentBand.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PreferencesDialog.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/widgets/Appearance.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/Icons.h"

#include <QApplication>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(Appearance::Mode)

namespace {

constexpr double minimumContrast = 4.5;

QString describe(const QColor &text, const QColor &background)
{
    return QStringLiteral("%1 on %2: %3:1")
        .arg(text.name(), background.name())
        .arg(Appearance::contrastRatio(text, background), 0, 'f', 2);
}

#define VERIFY_CONTRAST(what, text, background)                                                    \
    QVERIFY2(Appearance::contrastRatio((text), (background)) >= minimumContrast,                   \
        qPrintable(QStringLiteral(what) + QStringLiteral(": ") + describe((text), (background))))

/// A port nothing listens on: a session pointed there stays "connecting" or "failed", but
/// has its profile.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

/// Pixels that are not fully transparent.
int paintedPixels(const QImage &image)
{
    int painted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                ++painted;
        }
    }
    return painted;
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void contrastArithmetic_data();
    void contrastArithmetic();
    void accentsAreMovedIntoContrast_data();
    void accentsAreMovedIntoContrast();
    void paletteTextRoles_data();
    void paletteTextRoles();
    void customColouredWidgets_data();
    void customColouredWidgets();
    void bannerFollowsAPaletteSwitch();
    void iconsAtDoubleResolution_data();
    void iconsAtDoubleResolution();
    void lineIconsReadOnThePalette_data();
    void lineIconsReadOnThePalette();
    void windowRendersAtDoubleScale();
    void dialogsRender_data();
    void dialogsRender();
    void modeKeys();
};

void TestAppearance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAppearance::cleanup()
{
    Appearance::apply(Appearance::Mode::System);
}

void TestAppearance::contrastArithmetic_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("ratio");
    // Reference values of the WCAG 2 formula.
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("same colour") << QColor(0x77, 0x77, 0x77) << QColor(0x77, 0x77, 0x77) << 1.0;
    QTest::newRow("#767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
    QTest::newRow("red on white") << QColor(Qt::red) << QColor(Qt::white) << 4.0;
    QTest::newRow("order does not matter") << QColor(Qt::white) << QColor(0x76, 0x76, 0x76) << 4.54;
}

void TestAppearance::contrastArithmetic()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, ratio);
    QVERIFY2(qAbs(Appearance::contrastRatio(a, b) - ratio) < 0.01,
        qPrintable(QString::number(Appearance::contrastRatio(a, b))));
}

void TestAppearance::accentsAreMovedIntoContrast_data()
{
    QTest::addColumn<QColor>("accent");
    QTest::addColumn<QColor>("background");
    QTest::newRow("production red on dark grey")
        << Appearance::productionAccent() << QColor(0x2d, 0x2d, 0x30);
    QTest::newRow("error red on black") << Appearance::errorAccent() << QColor(Qt::black);
    QTest::newRow("warning on white") << QColor(0xff, 0xc1, 0x07) << QColor(Qt::white);
    QTest::newRow("blue on navy") << Appearance::informationAccent() << QColor(0x10, 0x18, 0x40);
    QTest::newRow("grey on mid grey") << QColor(0x80, 0x80, 0x80) << QColor(0x77, 0x77, 0x77);
}

void TestAppearance::accentsAreMovedIntoContrast()
{
    QFETCH(QColor, accent);
    QFETCH(QColor, background);
    const QColor moved = Appearance::accentOn(accent, background);
    VERIFY_CONTRAST("moved accent", moved, background);
    // A colour that already reads is left alone.
    QCOMPARE(Appearance::accentOn(moved, background), moved);
    // The hue survives (unless it had to become plain black or white).
    if (moved.hslSaturation() > 0 && accent.hslSaturation() > 0)
        QVERIFY(qAbs(moved.hslHue() - accent.hslHue()) <= 3
            || qAbs(moved.hslHue() - accent.hslHue()) >= 357);
}

void TestAppearance::paletteTextRoles_data()
{
    QTest::addColumn<Appearance::Mode>("mode");
    QTest::newRow("light") << Appearance::Mode::Light;
    QTest::newRow("dark") << Appearance::Mode::Dark;
}

void TestAppearance::paletteTextRoles()
{
    QFETCH(Appearance::Mode, mode);
    Appearance::apply(mode);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    const QPalette p = QApplication::palette();
    QCOMPARE(Appearance::isDark(p), mode == Appearance::Mode::Dark);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        VERIFY_CONTRAST("text", p.color(group, QPalette::Text), p.color(group, QPalette::Base));
        VERIFY_CONTRAST(
            "window text", p.color(group, QPalette::WindowText), p.color(group, QPalette::Window));
        VERIFY_CONTRAST(
            "button text", p.color(group, QPalette::ButtonText), p.color(group, QPalette::Button));
        VERIFY_CONTRAST("tooltip", p.color(group, QPalette::ToolTipText),
            p.color(group, QPalette::ToolTipBase));
        VERIFY_CONTRAST("link", p.color(group, QPalette::Link), p.color(group, QPalette::Base));
        // Dimmed labels (empty-state and hint text) use the placeholder colour on the window.
        VERIFY_CONTRAST("placeholder on window", p.color(group, QPalette::PlaceholderText),
            p.color(group, QPalette::Window));
        VERIFY_CONTRAST("placeholder on base", p.color(group, QPalette::PlaceholderText),
            p.color(group, QPalette::Base));
    }
    VERIFY_CONTRAST("selected row", p.color(QPalette::Active, QPalette::HighlightedText),
        p.color(QPalette::Active, QPalette::Highlight));
    // Greyed rows (deleted users, cancelled orders) use the disabled text colour on the base.
    VERIFY_CONTRAST("greyed rows", p.color(QPalette::Disabled, QPalette::Text),
        p.color(QPalette::Active, QPalette::Base));
    VERIFY_CONTRAST("greyed rows (helper)", Appearance::inactiveText(p),
        p.color(QPalette::Active, QPalette::Base));
}

void TestAppearance::customColouredWidgets_data()
{
    QTest::addColumn<Appearance::Mode>("mode");
    QTest::addColumn<QString>("profileColour");
    QTest::newRow("light, production red") << Appearance::Mode::Light << QString();
    QTest::newRow("dark, production red") << Appearance::Mode::Dark << QString();
    QTest::newRow("light, pale yellow band")
        << Appearance::Mode::Light << QStringLiteral("#f5e663");
    QTest::newRow("dark, navy band") << Appearance::Mode::Dark << QStringLiteral("#1a237e");
    QTest::newRow("dark, mid green band") << Appearance::Mode::Dark << QStringLiteral("#4caf50");
}

void TestAppearance::customColouredWidgets()
{
    QFETCH(Appearance::Mode, mode);
    QFETCH(QString, profileColour);
    Appearance::apply(mode);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    CredentialStore store(QStringLiteral("BuiltOn Admin (appearance tests)"));
    Session session(&store);
    MainWindow window(&session, &profiles, &settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("Shop"),
        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort())),
        ConnectionProfile::Environment::Production);
    profile.setColour(profileColour);
    session.openTransient(profile, {QStringLiteral("key"), QStringLiteral("token")});
    QCOMPARE(session.profile().id(), profile.id());

    // The production band: its text on its own colour.
    EnvironmentBand *band = window.environmentBand();
    QVERIFY(band->isVisible());
    auto *bandText = band->findChild<QLabel *>(QStringLiteral("environmentBandText"));
    QVERIFY(bandText);
    VERIFY_CONTRAST("band", bandText->palette().color(QPalette::WindowText),
        band->palette().color(QPalette::Window));
    QCOMPARE(band->palette().color(QPalette::Window), band->colour());

    // The status bar's production mark: red text on the window colour.
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusProfile"));
    QVERIFY(status);
    VERIFY_CONTRAST("status bar profile", status->palette().color(QPalette::WindowText),
        window.palette().color(QPalette::Window));
    QVERIFY(status->palette().color(QPalette::WindowText).red()
        > status->palette().color(QPalette::WindowText).green());

    // The message banner, at each level: its text on its tinted frame, as rendered.
    ErrorBanner *banner = window.banner();
    for (const ErrorBanner::Level level :
        {ErrorBanner::Level::Information, ErrorBanner::Level::Warning, ErrorBanner::Level::Error}) {
        banner->showMessage(level, QStringLiteral("Something happened"));
        VERIFY_CONTRAST("banner", banner->textColour(), banner->backgroundColour());
        auto *frame = banner->findChild<QFrame *>(QStringLiteral("errorBannerFrame"));
        QVERIFY(frame);
        const QImage image = frame->grab().toImage();
        // Just inside the bottom-right corner's border: the frame's own background.
        const QColor rendered = image.pixelColor(
            image.width() / 2, image.height() - 3 * int(image.devicePixelRatio()));
        QVERIFY2(Appearance::contrastRatio(rendered, banner->backgroundColour()) < 1.1,
            qPrintable(describe(rendered, banner->backgroundColour())));
        auto *text = banner->findChild<QLabel *>(QStringLiteral("errorBannerText"));
        QVERIFY(text);
        VERIFY_CONTRAST(
            "banner text as styled", text->palette().color(QPalette::WindowText), rendered);
    }

    // Validation messages (profile form, addresses), error and warning cells in tables.
    const QPalette p = window.palette();
    VERIFY_CONTRAST("validation message", Appearance::errorText(p), p.color(QPalette::Window));
    VERIFY_CONTRAST(
        "error cell", Appearance::errorText(p, QPalette::Base), p.color(QPalette::Base));
    VERIFY_CONTRAST(
        "warning cell", Appearance::warningText(p, QPalette::Base), p.color(QPalette::Base));
    VERIFY_CONTRAST("production in a list", Appearance::productionText(p, QPalette::Base),
        p.color(QPalette::Base));
    session.close();
}

void TestAppearance::bannerFollowsAPaletteSwitch()
{
    ErrorBanner banner;
    banner.showMessage(ErrorBanner::Level::Warning, QStringLiteral("x"));
    Appearance::apply(Appearance::Mode::Light);
    const QColor lightBackground = banner.backgroundColour();
    QVERIFY(Appearance::relativeLuminance(lightBackground) > 0.5);
    Appearance::apply(Appearance::Mode::Dark);
    QTRY_VERIFY(Appearance::relativeLuminance(banner.backgroundColour()) < 0.2);
    VERIFY_CONTRAST("banner after switch", banner.textColour(), banner.backgroundColour());
    Appearance::apply(Appearance::Mode::System);
    QCOMPARE(Appearance::currentMode(), Appearance::Mode::System);
}

void TestAppearance::iconsAtDoubleResolution_data()
{
    QTest::addColumn<int>("name");
    QTest::addColumn<int>("extent");
    for (const Icons::Name name : Icons::allNames()) {
        for (const int extent : {16, 20, 32}) {
            QTest::addRow("icon %d at %d px", int(name), extent) << int(name) << extent;
        }
    }
}

void TestAppearance::iconsAtDoubleResolution()
{
    QFETCH(int, name);
    QFETCH(int, extent);
    const QIcon icon = Icons::icon(Icons::Name(name));
    QVERIFY(!icon.isNull());
    const QPixmap pixmap = icon.pixmap(QSize(extent, extent), 2.0);
    QVERIFY(!pixmap.isNull());
    QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    // Drawn at twice the pixels, not a blown-up small image.
    QCOMPARE(pixmap.width(), extent * 2);
    QCOMPARE(pixmap.height(), extent * 2);
    const QImage image = pixmap.toImage();
    const int painted = paintedPixels(image);
    QVERIFY2(painted > image.width() * image.height() / 20,
        qPrintable(QStringLiteral("%1 of %2 pixels painted")
                       .arg(painted)
                       .arg(image.width() * image.height())));
}

void TestAppearance::lineIconsReadOnThePalette_data()
{
    QTest::addColumn<Appearance::Mode>("mode");
    QTest::newRow("light") << Appearance::Mode::Light;
    QTest::newRow("dark") << Appearance::Mode::Dark;
}

void TestAppearance::lineIconsReadOnThePalette()
{
    QFETCH(Appearance::Mode, mode);
    Appearance::apply(mode);
    const QColor window = QApplication::palette().color(QPalette::Window);
    // The one-colour line icons of navigation and actions (the theme may replace them; the
    // shipped ones must work on their own). Non-text graphics need 3:1 (WCAG 1.4.11).
    for (const Icons::Name name :
        {Icons::Name::Users, Icons::Name::Orders, Icons::Name::Subscriptions, Icons::Name::Account,
            Icons::Name::Connections, Icons::Name::Retry, Icons::Name::Close}) {
        const QImage image = Icons::icon(name).pixmap(QSize(24, 24), 2.0).toImage();
        double red = 0, green = 0, blue = 0;
        int solid = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.alpha() < 200)
                    continue;
                red += pixel.redF();
                green += pixel.greenF();
                blue += pixel.blueF();
                ++solid;
            }
        }
        QVERIFY2(solid > 0, qPrintable(QString::number(int(name))));
        const QColor average
            = QColor::fromRgbF(float(red / solid), float(green / solid), float(blue / solid));
        QVERIFY2(Appearance::contrastRatio(average, window) >= 3.0,
            qPrintable(QStringLiteral("icon %1: ").arg(int(name)) + describe(average, window)));
    }
}

void TestAppearance::windowRendersAtDoubleScale()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    CredentialStore store(QStringLiteral("BuiltOn Admin (appearance tests)"));
    Session session(&store);
    MainWindow window(&session, &profiles, &settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // QT_SCALE_FACTOR=2 from CMake: everything below is drawn at twice the pixels.
    if (qEnvironmentVariable("QT_SCALE_FACTOR") != QLatin1String("2"))
        QSKIP("Runs with QT_SCALE_FACTOR=2 (set by CMake)");
    QCOMPARE(window.devicePixelRatio(), 2.0);
    const QPixmap shot = window.grab();
    QCOMPARE(shot.devicePixelRatio(), 2.0);
    QCOMPARE(shot.width(), window.width() * 2);
    // The navigation's icons are asked for at the window's ratio.
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation && navigation->count() > 0);
    const QIcon navIcon = navigation->item(0)->icon();
    const QPixmap navPixmap = navIcon.pixmap(navigation->iconSize(), window.devicePixelRatio());
    QCOMPARE(navPixmap.width(), navigation->iconSize().width() * 2);
    QVERIFY(paintedPixels(navPixmap.toImage()) > 0);
}

void TestAppearance::modeKeys()
{
    for (const Appearance::Mode mode :
        {Appearance::Mode::System, Appearance::Mode::Light, Appearance::Mode::Dark}) {
        QCOMPARE(Appearance::modeFromKey(Appearance::modeKey(mode)), mode);
        QVERIFY(!Appearance::modeName(mode).isEmpty());
    }
    QCOMPARE(Appearance::modeFromKey(QStringLiteral("DARK")), Appearance::Mode::Dark);
    QCOMPARE(Appearance::modeFromKey(QStringLiteral("sepia"), Appearance::Mode::Light),
        Appearance::Mode::Light);
}

void TestAppearance::dialogsRender_data()
{
    QTest::addColumn<Appearance::Mode>("mode");
    QTest::newRow("light") << Appearance::Mode::Light;
    QTest::newRow("dark") << Appearance::Mode::Dark;
}

/// The window with a production profile and a message, and the three dialogs, drawn in each
/// palette. With BUILTON_APPEARANCE_SHOTS=<dir>, the pictures are saved there to look at.
void TestAppearance::dialogsRender()
{
    QFETCH(Appearance::Mode, mode);
    Appearance::apply(mode);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    CredentialStore store(QStringLiteral("BuiltOn Admin (appearance tests)"));
    Session session(&store);
    MainWindow window(&session, &profiles, &settings);
    window.resize(900, 560);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("Live shop"),
        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort())),
        ConnectionProfile::Environment::Production);
    session.openTransient(profile, {QStringLiteral("key"), QStringLiteral("token")});
    QTRY_VERIFY_WITH_TIMEOUT(session.state() == Session::State::Failed, 20000);
    window.banner()->showMessage(ErrorBanner::Level::Warning,
        QStringLiteral("The token of “Live shop” expires in 3 days."), QStringLiteral("Edit…"),
        [] {});

    const QString shots = qEnvironmentVariable("BUILTON_APPEARANCE_SHOTS");
    const QString tag = QLatin1String(QTest::currentDataTag());
    const auto check = [&](QWidget *widget, const QString &name) {
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        const QPixmap shot = widget->grab();
        QVERIFY(!shot.isNull());
        // Drawn in the palette's window colour, not left white (or black).
        const QImage image = shot.toImage();
        const QColor corner = image.pixelColor(image.width() - 4, image.height() / 2);
        QVERIFY2(Appearance::contrastRatio(corner, QApplication::palette().color(QPalette::Window))
                < 1.5,
            qPrintable(name + QStringLiteral(": ") + corner.name()));
        if (!shots.isEmpty())
            QVERIFY(shot.save(QStringLiteral("%1/%2-%3.png").arg(shots, name, tag)));
    };
    check(&window, QStringLiteral("window"));
    check(window.showPreferences(), QStringLiteral("preferences"));
    window.showPreferences()->close();
    check(window.showAbout(), QStringLiteral("about"));
    window.showAbout()->close();
    check(window.showShortcuts(), QStringLiteral("shortcuts"));
    window.showShortcuts()->close();
    session.close();
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
