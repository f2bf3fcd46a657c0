// SPDX-License-Identifier: GPL-3.0-or-later

// Preferences: the dialog and QSettings agree both ways, values are clamped to
// their ranges, the page size reaches a model's next query against the real builton-server,
// and the request timeout reaches the session's ApiClient (a hung answer fails after it).

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/CredentialStore.h"
#include "api/ProfileStore.h"
#include "models/domain/DateRange.h"
#include "models/items/PagedTableModel.h"
#include "models/items/UsersModel.h"
#include "session/Preferences.h"
#include "session/Session.h"
#include "session/Translation.h"
#include "tests/support/FaultServer.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"
#include "ui/shell/Launcher.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PreferencesDialog.h"
#include "ui/widgets/Appearance.h"
#include "ui/widgets/ErrorBanner.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace {

constexpr int waitMs = 30000;

template<class T>
T *child(QWidget *root, const char *name)
{
    return root->findChild<T *>(QLatin1String(name));
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultsWhenNothingIsStored();
    void settingsToDialogToSettings_data();
    void settingsToDialogToSettings();
    void storedValuesAreClamped_data();
    void storedValuesAreClamped();
    void dialogWidgetsCannotLeaveTheRanges();
    void languageListAndRestartNote();
    void cancelLeavesSettingsAlone();
    void pageSizeReachesTheNextQuery();
    void explicitPageSizeWins();
    void timeoutReachesTheApiClient();
    void mainWindowAppliesAcceptedPreferences();
    void launcherAppliesStoredPreferences();
    void widgetsAreNamed();

private:
    void writeSettings(const QVariantMap &values);

    TestServer m_server;
    TestCredentials m_credentials;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 120;
    options.orders = 50;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_credentials = m_server.credentials();
}

void TestPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(
        m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    PagedTableModel::setDefaultPageSize(PagedTableModel::DefaultPageSize);
}

void TestPreferences::cleanup()
{
    m_settings.reset();
    m_dir.reset();
    PagedTableModel::setDefaultPageSize(PagedTableModel::DefaultPageSize);
    Appearance::apply(Appearance::Mode::System);
}

void TestPreferences::writeSettings(const QVariantMap &values)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        m_settings->setValue(it.key(), it.value());
    m_settings->sync();
}

void TestPreferences::defaultsWhenNothingIsStored()
{
    const Preferences p = Preferences::load(*m_settings);
    QCOMPARE(p.language, QString());
    QCOMPARE(p.appearance, Appearance::Mode::System);
    QCOMPARE(p.pageSize, 100);
    QCOMPARE(p.requestTimeoutSecs, 30);
    // The Orders page's own default: the last 30 days.
    QCOMPARE(p.defaultDatePreset, QStringLiteral("preset:last30"));
    QCOMPARE(DateRange::fromSettingsString(p.defaultDatePreset),
        DateRange::fromPreset(DateRange::Preset::Last30Days));
    QCOMPARE(p.confirmProduction, true);

    PreferencesDialog dialog(m_settings.get());
    QCOMPARE(child<QComboBox>(&dialog, "preferencesLanguage")->currentData().toString(), QString());
    QCOMPARE(child<QSpinBox>(&dialog, "preferencesPageSize")->value(), 100);
    QCOMPARE(child<QSpinBox>(&dialog, "preferencesRequestTimeout")->value(), 30);
    QCOMPARE(child<QComboBox>(&dialog, "preferencesDefaultDateRange")->currentData().toString(),
        QStringLiteral("preset:last30"));
    QVERIFY(child<QCheckBox>(&dialog, "preferencesConfirmProduction")->isChecked());
}

void TestPreferences::settingsToDialogToSettings_data()
{
    QTest::addColumn<QVariantMap>("stored");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("appearance");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("timeout");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<bool>("confirm");

    QTest::newRow("defaults to German, dark, lowest values")
        << QVariantMap() << QStringLiteral("de") << QStringLiteral("dark") << 25 << 5
        << QStringLiteral("preset:today") << false;
    QTest::newRow("Norwegian to system language, highest values")
        << QVariantMap {{Preferences::languageKey, QStringLiteral("nb")},
               {Preferences::pageSizeKey, 250}, {Preferences::requestTimeoutKey, 60},
               {Preferences::defaultDatePresetKey, QStringLiteral("preset:last7")},
               {Preferences::confirmProductionKey, false},
               {Preferences::appearanceKey, QStringLiteral("light")}}
        << QString() << QStringLiteral("system") << 1000 << 300 << QStringLiteral("preset:all")
        << true;
    QTest::newRow("English, this year")
        << QVariantMap {{Preferences::languageKey, QStringLiteral("de")}} << QStringLiteral("en")
        << QStringLiteral("light") << 500 << 120 << QStringLiteral("preset:thisyear") << true;
}

void TestPreferences::settingsToDialogToSettings()
{
    QFETCH(QVariantMap, stored);
    QFETCH(QString, language);
    QFETCH(QString, appearance);
    QFETCH(int, pageSize);
    QFETCH(int, timeout);
    QFETCH(QString, preset);
    QFETCH(bool, confirm);
    writeSettings(stored);
    const Preferences before = Preferences::load(*m_settings);

    PreferencesDialog dialog(m_settings.get());
    // The dialog shows what is stored.
    QCOMPARE(dialog.preferences(), before);
    auto *languageBox = child<QComboBox>(&dialog, "preferencesLanguage");
    QCOMPARE(languageBox->currentData().toString(), before.language);
    QCOMPARE(child<QSpinBox>(&dialog, "preferencesPageSize")->value(), before.pageSize);

    // Changed through the widgets, as a person would.
    const int languageIndex = languageBox->findData(language);
    QVERIFY2(languageIndex >= 0, qPrintable(language));
    languageBox->setCurrentIndex(languageIndex);
    auto *appearanceBox = child<QComboBox>(&dialog, "preferencesAppearance");
    appearanceBox->setCurrentIndex(appearanceBox->findData(appearance));
    child<QSpinBox>(&dialog, "preferencesPageSize")->setValue(pageSize);
    child<QSpinBox>(&dialog, "preferencesRequestTimeout")->setValue(timeout);
    auto *presetBox = child<QComboBox>(&dialog, "preferencesDefaultDateRange");
    QVERIFY(presetBox->findData(preset) >= 0);
    presetBox->setCurrentIndex(presetBox->findData(preset));
    child<QCheckBox>(&dialog, "preferencesConfirmProduction")->setChecked(confirm);

    QSignalSpy applied(&dialog, &PreferencesDialog::applied);
    QTest::mouseClick(child<QPushButton>(&dialog, "preferencesOk"), Qt::LeftButton);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.constFirst().at(1).toBool(), language != before.language);

    // Read back through a separate QSettings on the same file, under the exact key names
    // other parts of the app rely on.
    QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(reread.value(QStringLiteral("preferences/language")).toString(), language);
    QCOMPARE(reread.value(QStringLiteral("preferences/appearance")).toString(), appearance);
    QCOMPARE(reread.value(QStringLiteral("preferences/pageSize")).toInt(), pageSize);
    QCOMPARE(reread.value(QStringLiteral("preferences/requestTimeout")).toInt(), timeout);
    QCOMPARE(reread.value(QStringLiteral("preferences/defaultDatePreset")).toString(), preset);
    QCOMPARE(reread.value(QStringLiteral("preferences/confirmProduction")).toBool(), confirm);

    // And a new dialog shows them again.
    PreferencesDialog again(m_settings.get());
    const Preferences shown = again.preferences();
    QCOMPARE(shown.language, language);
    QCOMPARE(Appearance::modeKey(shown.appearance), appearance);
    QCOMPARE(shown.pageSize, pageSize);
    QCOMPARE(shown.requestTimeoutSecs, timeout);
    QCOMPARE(shown.defaultDatePreset, preset);
    QCOMPARE(shown.confirmProduction, confirm);
}

void TestPreferences::storedValuesAreClamped_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QVariant>("loaded");

    QTest::newRow("page size 0") << Preferences::pageSizeKey << QVariant(0) << QVariant(25);
    QTest::newRow("page size 24") << Preferences::pageSizeKey << QVariant(24) << QVariant(25);
    QTest::newRow("page size 1001") << Preferences::pageSizeKey << QVariant(1001) << QVariant(1000);
    QTest::newRow("page size negative")
        << Preferences::pageSizeKey << QVariant(-40) << QVariant(25);
    QTest::newRow("page size text")
        << Preferences::pageSizeKey << QVariant(QStringLiteral("many")) << QVariant(100);
    QTest::newRow("timeout 4") << Preferences::requestTimeoutKey << QVariant(4) << QVariant(5);
    QTest::newRow("timeout 301") << Preferences::requestTimeoutKey << QVariant(301)
                                 << QVariant(300);
    QTest::newRow("timeout 0") << Preferences::requestTimeoutKey << QVariant(0) << QVariant(5);
    QTest::newRow("timeout in range")
        << Preferences::requestTimeoutKey << QVariant(45) << QVariant(45);
    QTest::newRow("preset nonsense")
        << Preferences::defaultDatePresetKey << QVariant(QStringLiteral("preset:fortnight"))
        << QVariant(QStringLiteral("preset:last30"));
    QTest::newRow("preset all time")
        << Preferences::defaultDatePresetKey << QVariant(QStringLiteral("preset:all"))
        << QVariant(QStringLiteral("preset:all"));
    QTest::newRow("preset custom kept") << Preferences::defaultDatePresetKey
                                        << QVariant(QStringLiteral("custom:2026-01-01:2026-01-31"))
                                        << QVariant(QStringLiteral("custom:2026-01-01:2026-01-31"));
    QTest::newRow("language path")
        << Preferences::languageKey << QVariant(QStringLiteral("../../etc")) << QVariant(QString());
    QTest::newRow("language nb") << Preferences::languageKey << QVariant(QStringLiteral("nb"))
                                 << QVariant(QStringLiteral("nb"));
    QTest::newRow("appearance unknown")
        << Preferences::appearanceKey << QVariant(QStringLiteral("purple"))
        << QVariant(QStringLiteral("system"));
}

void TestPreferences::storedValuesAreClamped()
{
    QFETCH(QString, key);
    QFETCH(QVariant, stored);
    QFETCH(QVariant, loaded);
    writeSettings({{key, stored}});
    const Preferences p = Preferences::load(*m_settings);
    QVariant actual;
    if (key == Preferences::pageSizeKey)
        actual = p.pageSize;
    else if (key == Preferences::requestTimeoutKey)
        actual = p.requestTimeoutSecs;
    else if (key == Preferences::defaultDatePresetKey)
        actual = p.defaultDatePreset;
    else if (key == Preferences::languageKey)
        actual = p.language;
    else if (key == Preferences::appearanceKey)
        actual = Appearance::modeKey(p.appearance);
    QCOMPARE(actual.toString(), loaded.toString());

    // The dialog shows the clamped value, and saving writes it back clamped.
    PreferencesDialog dialog(m_settings.get());
    QCOMPARE(dialog.preferences(), p);
    dialog.accept();
    QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(reread.value(key).toString(), loaded.toString());
}

void TestPreferences::dialogWidgetsCannotLeaveTheRanges()
{
    PreferencesDialog dialog(m_settings.get());
    dialog.show();
    auto *pageSize = child<QSpinBox>(&dialog, "preferencesPageSize");
    auto *timeout = child<QSpinBox>(&dialog, "preferencesRequestTimeout");
    // Typed by keyboard: out-of-range text is not accepted.
    pageSize->setFocus();
    pageSize->selectAll();
    QTest::keyClicks(pageSize, QStringLiteral("5000"));
    QVERIFY(pageSize->value() <= Preferences::maximumPageSize);
    pageSize->setValue(1);
    QCOMPARE(pageSize->value(), Preferences::minimumPageSize);
    timeout->setValue(100000);
    QCOMPARE(timeout->value(), Preferences::maximumTimeoutSecs);
    timeout->setValue(0);
    QCOMPARE(timeout->value(), Preferences::minimumTimeoutSecs);
    // Up and down arrows step within the range too.
    timeout->setFocus();
    QTest::keyClick(timeout, Qt::Key_Down);
    QCOMPARE(timeout->value(), Preferences::minimumTimeoutSecs);
    QTest::keyClick(timeout, Qt::Key_Up);
    QCOMPARE(timeout->value(), Preferences::minimumTimeoutSecs + 1);
}

void TestPreferences::languageListAndRestartNote()
{
    PreferencesDialog dialog(m_settings.get());
    dialog.show();
    auto *language = child<QComboBox>(&dialog, "preferencesLanguage");
    // "System default" first, then every language the app has catalogues for.
    const QList<Translation::Language> languages = Translation::availableLanguages();
    QCOMPARE(language->count(), int(languages.size()) + 1);
    QCOMPARE(language->itemData(0).toString(), QString());
    QStringList codes;
    for (int i = 1; i < language->count(); ++i)
        codes.append(language->itemData(i).toString());
    for (const char *code : {"en", "nb", "de"})
        QVERIFY2(codes.contains(QLatin1String(code)), code);
    QCOMPARE(language->itemText(language->findData(QStringLiteral("nb"))),
        QStringLiteral("Norsk bokmål"));

    // A change of language says it applies after a restart; going back hides the note.
    auto *note = child<QLabel>(&dialog, "preferencesRestartNote");
    QVERIFY(!note->isVisible());
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("next time")));
    language->setCurrentIndex(0);
    QVERIFY(!note->isVisible());
}

void TestPreferences::cancelLeavesSettingsAlone()
{
    writeSettings({{Preferences::pageSizeKey, 300}});
    PreferencesDialog dialog(m_settings.get());
    dialog.show();
    child<QSpinBox>(&dialog, "preferencesPageSize")->setValue(50);
    QSignalSpy applied(&dialog, &PreferencesDialog::applied);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(applied.size(), 0);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(reread.value(Preferences::pageSizeKey).toInt(), 300);
    QVERIFY(!reread.contains(Preferences::requestTimeoutKey));
}

namespace {

/// Loads every page of \a model's current query and returns the rows each page added.
QList<int> loadAllPages(
    PagedTableModel &model, bool reload, const std::function<void()> &afterFirstPage = {})
{
    QList<int> steps;
    int last = model.loadedCount();
    QMetaObject::Connection c = QObject::connect(
        &model, &PagedTableModel::loadedCountChanged, [&steps, &last](int count) {
            if (count > last)
                steps.append(count - last);
            last = count;
        });
    if (reload)
        model.reload();
    bool first = true;
    for (int guard = 0; guard < 100; ++guard) {
        if (!QTest::qWaitFor([&model] { return !model.isLoading(); }, waitMs))
            break;
        model.flushStagedRows();
        if (first && afterFirstPage) {
            afterFirstPage();
            first = false;
        }
        if (model.isComplete() || model.hasFailed() || !model.canFetchMore(QModelIndex()))
            break;
        model.fetchMore(QModelIndex());
    }
    QObject::disconnect(c);
    return steps;
}

/// True when every page but the last added \a size rows, and the last at most that.
bool pagesOf(const QList<int> &steps, int size)
{
    if (steps.isEmpty())
        return false;
    for (int i = 0; i < steps.size() - 1; ++i) {
        if (steps.at(i) != size)
            return false;
    }
    return steps.constLast() <= size;
}

QString stepsText(const QList<int> &steps)
{
    QStringList parts;
    for (const int step : steps)
        parts.append(QString::number(step));
    return parts.join(QLatin1Char(' '));
}

} // namespace

void TestPreferences::pageSizeReachesTheNextQuery()
{
    ApiClient client;
    client.setConnection({m_server.url(), m_credentials.apiKey, m_credentials.serviceAccountKey});
    UsersModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Every page becomes visible on its own (no coalescing), so each page is one step.
    model.setFlushInterval(0);
    Preferences p;
    p.pageSize = 30;
    p.applyToSession(nullptr);
    QCOMPARE(PagedTableModel::defaultPageSize(), 30);
    QCOMPARE(model.pageSize(), 30);

    // A change during a query applies from the next query on, not to the one running.
    QList<int> steps = loadAllPages(model, true, [&p] {
        p.pageSize = 45;
        p.applyToSession(nullptr);
    });
    QVERIFY(model.isComplete());
    QVERIFY2(model.totalCount() > 90, qPrintable(QString::number(model.totalCount())));
    QCOMPARE(model.loadedCount(), int(model.totalCount()));
    QVERIFY2(pagesOf(steps, 30), qPrintable(stepsText(steps)));
    QVERIFY(steps.size() >= 4);

    steps = loadAllPages(model, true);
    QVERIFY2(pagesOf(steps, 45), qPrintable(stepsText(steps)));
    QCOMPARE(model.loadedCount(), int(model.totalCount()));

    // Out-of-range preferences are clamped before they reach the models.
    p.pageSize = 3;
    p.applyToSession(nullptr);
    QCOMPARE(PagedTableModel::defaultPageSize(), Preferences::minimumPageSize);
}

void TestPreferences::explicitPageSizeWins()
{
    ApiClient client;
    client.setConnection({m_server.url(), m_credentials.apiKey, m_credentials.serviceAccountKey});
    UsersModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFlushInterval(0);
    model.setPageSize(40);
    PagedTableModel::setDefaultPageSize(70);
    QCOMPARE(model.pageSize(), 40);
    const QList<int> steps = loadAllPages(model, true);
    QVERIFY2(pagesOf(steps, 40), qPrintable(stepsText(steps)));
    QVERIFY(steps.size() >= 3);
}

void TestPreferences::timeoutReachesTheApiClient()
{
    CredentialStore store(QStringLiteral("BuiltOn Admin (preferences tests)"));
    Session session(&store);
    QCOMPARE(session.client()->settings().transferTimeoutMs, 30000);

    Preferences p;
    p.requestTimeoutSecs = 120;
    p.applyToSession(&session);
    QCOMPARE(session.client()->settings().transferTimeoutMs, 120000);
    // The overall deadline never cuts a call shorter than the transfer timeout allows.
    QVERIFY(session.client()->settings().deadlineMs >= 2 * 120000);

    p.requestTimeoutSecs = 1; // clamped to 5
    p.applyToSession(&session);
    QCOMPARE(session.requestTimeout(), Preferences::minimumTimeoutSecs);

    // A server that never answers: the request fails with Timeout after the 5 s, not the
    // default 30 s.
    FaultServer fault;
    QVERIFY(fault.listen());
    FaultResponse hang;
    hang.hang = true;
    fault.setFallback(hang);
    session.client()->setConnection({fault.url(), QStringLiteral("key"), QStringLiteral("token")});
    QElapsedTimer timer;
    timer.start();
    ApiReply *reply = session.client()->listUsers(UserQuery());
    ApiError::Kind kind = ApiError::Kind::None;
    bool finished = false;
    reply->onFinished(this, [&](const ApiReply &r) {
        kind = r.error().kind();
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);
    QCOMPARE(kind, ApiError::Kind::Timeout);
    QVERIFY2(timer.elapsed() >= 4500, qPrintable(QString::number(timer.elapsed())));
}

void TestPreferences::mainWindowAppliesAcceptedPreferences()
{
    CredentialStore store(QStringLiteral("BuiltOn Admin (preferences tests)"));
    ProfileStore profiles(m_settings.get());
    Session session(&store);
    MainWindow window(&session, &profiles, m_settings.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    PreferencesDialog *dialog = window.showPreferences();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    child<QSpinBox>(dialog, "preferencesPageSize")->setValue(200);
    child<QSpinBox>(dialog, "preferencesRequestTimeout")->setValue(90);
    auto *language = child<QComboBox>(dialog, "preferencesLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("nb")));
    QTest::mouseClick(child<QPushButton>(dialog, "preferencesOk"), Qt::LeftButton);

    QCOMPARE(PagedTableModel::defaultPageSize(), 200);
    QCOMPARE(session.client()->settings().transferTimeoutMs, 90000);
    QCOMPARE(m_settings->value(Preferences::languageKey).toString(), QStringLiteral("nb"));
    // The language waits for a restart, and the window says so.
    QVERIFY(window.banner()->isShowing());
    QVERIFY(window.banner()->text().contains(QStringLiteral("next time")));
}

void TestPreferences::launcherAppliesStoredPreferences()
{
    // The app's own QSettings(): CMake points XDG_CONFIG_HOME into the build tree for this
    // test, so nobody's real settings are touched.
    if (!qEnvironmentVariableIsSet("XDG_CONFIG_HOME"))
        QSKIP("Needs XDG_CONFIG_HOME of its own (set by CMake)");
    QCoreApplication::setOrganizationName(QStringLiteral("BuiltOn preferences test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
    {
        QSettings settings;
        settings.clear();
        settings.setValue(Preferences::pageSizeKey, 60);
        settings.setValue(Preferences::requestTimeoutKey, 12);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    {
        Launcher launcher {StartupOptions()};
        // Before any window exists, the models and the client already follow them.
        QCOMPARE(PagedTableModel::defaultPageSize(), 60);
        QCOMPARE(launcher.session()->requestTimeout(), 12);
    }
    QSettings().clear();
}

void TestPreferences::widgetsAreNamed()
{
    PreferencesDialog dialog(m_settings.get());
    dialog.show();
    int checked = 0;
    const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget);
        if (!interactive || !widget->isVisibleTo(&dialog))
            continue;
        ++checked;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        QVERIFY2(!widget->accessibleName().isEmpty() || (button && !button->text().isEmpty()),
            qPrintable(widget->objectName()));
    }
    QCOMPARE(checked, 8);
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
