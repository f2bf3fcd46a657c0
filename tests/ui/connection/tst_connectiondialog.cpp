// SPDX-License-Identifier: GPL-3.0-or-later

// The connection dialog with a real keychain (gnome-keyring in the test command's private
// D-Bus session) and without any (tst_connectiondialog_nokeychain), against the real
// builton-server (TestServer). BUILTON_KEYCHAIN_EXPECT says which:
//   secret-service (or unset)  a working Secret Service; keychain tests fail without one
//   none                       no session bus: Unavailable is reported and session-only offered

#include "api/ApiClient.h"
#include "api/CredentialStore.h"
#include "api/ProfileStore.h"
#include "models/Clock.h"
#include "session/Session.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Status = CredentialResult::Status;

namespace {

constexpr int waitMs = 60000;
const QString testService = QStringLiteral("BuiltOn Admin (ui tests)");

bool expectNoKeychain()
{
    return qEnvironmentVariable("BUILTON_KEYCHAIN_EXPECT") == QLatin1String("none");
}

CredentialResult waitFor(CredentialReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &CredentialReply::finished);
        spy.wait(waitMs);
    }
    const CredentialResult result = reply->result();
    reply->deleteLater();
    return result;
}

} // namespace

// A macro, so that QSKIP leaves the test function itself.
#define REQUIRE_KEYCHAIN()                                                                         \
    do {                                                                                           \
        if (expectNoKeychain())                                                                    \
            QSKIP("needs a keychain; tst_connectiondialog (without _nokeychain) runs this");       \
    } while (false)

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // With a keychain.
    void addProfileStoresSecretsInKeychainOnly();
    void selectingReadsCredentials();
    void editNameKeepsSecretsAndUrlChangeMovesThem();
    void removeDeletesSecretsAndReportsCheck();
    void connectSwitchesTheWindowsSession();

    // Either way.
    void testConnection_data();
    void testConnection();
    void tokenExpiryDisplay_data();
    void tokenExpiryDisplay();
    void validation_data();
    void validation();
    void unsavedChangesGuard();

    // Without a keychain.
    void noKeychainOffersSessionOnly();
    void noKeychainSelectingSaysWhy();
    void noKeychainWindowSaysWhy();

private:
    ConnectionProfile storeProfile(const QString &name, const ProfileCredentials &credentials,
        ConnectionProfile::Environment environment = ConnectionProfile::Environment::Local);
    ConnectionDialog *makeDialog();
    void fill(const QString &name, const QString &url, const QString &apiKey, const QString &token);
    void setText(const char *objectName, const QString &text);
    void click(const char *objectName);
    QString labelText(const char *objectName) const;
    QByteArray settingsBytes() const;

    TestServer m_server;
    TestCredentials m_credentials;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<ConnectionDialog> m_dialog;
};

void TestConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 40;
    options.orders = 100;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_credentials = m_server.credentials();

    if (expectNoKeychain())
        return;
    // A keychain test without a keychain fails with instructions; it never skips.
    CredentialStore store(testService);
    ConnectionProfile probe = ConnectionProfile::create(QStringLiteral("probe"),
        QUrl(QStringLiteral("https://probe.invalid")), ConnectionProfile::Environment::Other);
    const CredentialResult written
        = waitFor(store.write(probe, {QStringLiteral("k"), QStringLiteral("t")}));
    QVERIFY2(written.status() == Status::Stored,
        qPrintable(QStringLiteral("No working Secret Service (%1: %2). Run the tests with "
                                  "scripts/test.sh, or inside dbus-run-session with an unlocked "
                                  "gnome-keyring-daemon.")
                       .arg(CredentialResult::statusName(written.status()), written.detail())));
    QCOMPARE(waitFor(store.remove(probe)).status(), Status::Removed);
}

void TestConnectionDialog::init()
{
    Clock::setTestTime(QDateTime());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(
        m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_store = std::make_unique<CredentialStore>(testService);
    m_store->setRetryDelay(std::chrono::milliseconds(0));
}

void TestConnectionDialog::cleanup()
{
    m_dialog.reset();
    // Leave nothing behind in the keyring.
    if (!expectNoKeychain() && !m_store->isSessionOnly()) {
        for (const ConnectionProfile &profile : m_profiles->profiles())
            waitFor(m_store->remove(profile));
    }
    m_store.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
    Clock::setTestTime(QDateTime());
}

ConnectionProfile TestConnectionDialog::storeProfile(const QString &name,
    const ProfileCredentials &credentials, ConnectionProfile::Environment environment)
{
    ConnectionProfile profile = ConnectionProfile::create(name, m_server.url(), environment);
    QString error;
    if (!m_profiles->add(profile, &error))
        qWarning("cannot add profile: %s", qPrintable(error));
    if (!credentials.isEmpty()) {
        const CredentialResult result = waitFor(m_store->write(profile, credentials));
        if (result.status() != Status::Stored)
            qWarning("cannot store credentials: %s", qPrintable(result.message()));
    }
    return profile;
}

ConnectionDialog *TestConnectionDialog::makeDialog()
{
    m_dialog = std::make_unique<ConnectionDialog>(m_profiles.get(), m_store.get());
    m_dialog->show();
    return m_dialog.get();
}

void TestConnectionDialog::setText(const char *objectName, const QString &text)
{
    auto *edit = m_dialog->findChild<QLineEdit *>(QLatin1String(objectName));
    QVERIFY2(edit, objectName);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void TestConnectionDialog::fill(
    const QString &name, const QString &url, const QString &apiKey, const QString &token)
{
    setText("nameEdit", name);
    setText("urlEdit", url);
    setText("apiKeyEdit", apiKey);
    setText("tokenEdit", token);
}

void TestConnectionDialog::click(const char *objectName)
{
    auto *button = m_dialog->findChild<QAbstractButton *>(QLatin1String(objectName));
    QVERIFY2(button, objectName);
    QVERIFY2(button->isEnabled(), objectName);
    QTest::mouseClick(button, Qt::LeftButton);
}

QString TestConnectionDialog::labelText(const char *objectName) const
{
    auto *label = m_dialog->findChild<QLabel *>(QLatin1String(objectName));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(objectName));
}

QByteArray TestConnectionDialog::settingsBytes() const
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestConnectionDialog::addProfileStoresSecretsInKeychainOnly()
{
    REQUIRE_KEYCHAIN();
    makeDialog();
    QVERIFY(m_dialog->editedProfileId().isNull()); // first run: a new profile
    QSignalSpy saved(m_dialog.get(), &ConnectionDialog::saved);
    QSignalSpy credentialsSaved(m_dialog.get(), &ConnectionDialog::credentialsSaved);
    fill(QStringLiteral("Local shop"), m_server.url().toString(), m_credentials.apiKey,
        m_credentials.serviceAccountKey);
    // A loopback address is guessed to be Local.
    QCOMPARE(m_dialog->findChild<QComboBox *>(QStringLiteral("environmentCombo"))->currentText(),
        QStringLiteral("Local"));
    click("saveButton");
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, waitMs);
    QCOMPARE(saved.constFirst().at(0).toBool(), true);
    QCOMPARE(credentialsSaved.size(), 1);

    QCOMPARE(m_profiles->count(), 1);
    const ConnectionProfile profile = m_profiles->profiles().constFirst();
    QCOMPARE(profile.name(), QStringLiteral("Local shop"));
    QCOMPARE(ConnectionProfile::canonicalUrl(profile.baseUrl()),
        ConnectionProfile::canonicalUrl(m_server.url()));
    QCOMPARE(profile.environment(), ConnectionProfile::Environment::Local);
    QCOMPARE(m_dialog->editedProfileId(), profile.id());
    QVERIFY(!m_dialog->hasUnsavedChanges());
    QVERIFY2(
        m_dialog->credentialStatusText().contains(QStringLiteral("saved in the system keyring")),
        qPrintable(m_dialog->credentialStatusText()));

    // In the keychain, read by another store...
    CredentialStore other(testService);
    const CredentialResult read = waitFor(other.read(profile));
    QCOMPARE(read.status(), Status::Found);
    QVERIFY(read.credentials()
        == (ProfileCredentials {m_credentials.apiKey, m_credentials.serviceAccountKey}));
    // ...and nowhere in the settings file.
    const QByteArray settings = settingsBytes();
    QVERIFY(settings.contains("Local shop"));
    QVERIFY(!settings.contains(m_credentials.apiKey.toUtf8()));
    QVERIFY(!settings.contains(m_credentials.serviceAccountKey.toUtf8()));
}

void TestConnectionDialog::selectingReadsCredentials()
{
    REQUIRE_KEYCHAIN();
    const ConnectionProfile first = storeProfile(
        QStringLiteral("First"), {m_credentials.apiKey, m_credentials.serviceAccountKey});
    const ConnectionProfile second
        = storeProfile(QStringLiteral("Second"), {m_credentials.apiKey, m_credentials.userToken});
    makeDialog();
    auto *apiKey = m_dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
    auto *token = m_dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    QCOMPARE(m_dialog->editedProfileId(), first.id());
    QTRY_COMPARE_WITH_TIMEOUT(token->text(), m_credentials.serviceAccountKey, waitMs);
    QCOMPARE(apiKey->text(), m_credentials.apiKey);
    QCOMPARE(apiKey->echoMode(), QLineEdit::Password);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    // The token's owner and expiry show as soon as it is read.
    QCOMPARE(labelText("testSubject"),
        UiTest::tokenClaims(m_credentials.serviceAccountKey)
            .value(QLatin1String("sub"))
            .toString());

    QVERIFY(m_dialog->selectProfile(second.id()));
    QTRY_COMPARE_WITH_TIMEOUT(token->text(), m_credentials.userToken, waitMs);
    QCOMPARE(m_dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
        QStringLiteral("Second"));

    auto *show = m_dialog->findChild<QCheckBox *>(QStringLiteral("showSecretsCheck"));
    show->setChecked(true);
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    show->setChecked(false);
    QCOMPARE(token->echoMode(), QLineEdit::Password);

    // Closing takes the secrets off the screen; reopening reads them again.
    m_dialog->close();
    QVERIFY(token->text().isEmpty());
    m_dialog->show();
    QTRY_COMPARE_WITH_TIMEOUT(token->text(), m_credentials.userToken, waitMs);
}

void TestConnectionDialog::editNameKeepsSecretsAndUrlChangeMovesThem()
{
    REQUIRE_KEYCHAIN();
    const ConnectionProfile profile = storeProfile(
        QStringLiteral("Shop"), {m_credentials.apiKey, m_credentials.serviceAccountKey});
    makeDialog();
    auto *token = m_dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    QTRY_COMPARE_WITH_TIMEOUT(token->text(), m_credentials.serviceAccountKey, waitMs);
    QSignalSpy saved(m_dialog.get(), &ConnectionDialog::saved);

    setText("nameEdit", QStringLiteral("Shop renamed"));
    QVERIFY(m_dialog->hasUnsavedChanges());
    click("saveButton");
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, waitMs);
    QVERIFY(saved.takeFirst().at(0).toBool());
    QCOMPARE(m_profiles->profile(profile.id())->name(), QStringLiteral("Shop renamed"));
    QCOMPARE(waitFor(m_store->read(*m_profiles->profile(profile.id()))).status(), Status::Found);

    // Another address: the secrets move to the new one, and the old entry is removed.
    const QString newUrl = QStringLiteral("http://localhost:%1").arg(m_server.url().port());
    setText("urlEdit", newUrl);
    click("saveButton");
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, waitMs);
    QVERIFY(saved.takeFirst().at(0).toBool());
    const ConnectionProfile moved = *m_profiles->profile(profile.id());
    QCOMPARE(ConnectionProfile::canonicalUrl(moved.baseUrl()),
        QStringLiteral("http://localhost:%1").arg(m_server.url().port()));
    QVERIFY(moved.credentialKey() != profile.credentialKey());
    const CredentialResult atNew = waitFor(m_store->read(moved));
    QCOMPARE(atNew.status(), Status::Found);
    QCOMPARE(atNew.credentials().token, m_credentials.serviceAccountKey);
    QCOMPARE(waitFor(m_store->read(profile)).status(), Status::NotFound);
}

void TestConnectionDialog::removeDeletesSecretsAndReportsCheck()
{
    REQUIRE_KEYCHAIN();
    const ConnectionProfile doomed = storeProfile(QStringLiteral("Doomed"),
        {m_credentials.apiKey, m_credentials.serviceAccountKey},
        ConnectionProfile::Environment::Production);
    const ConnectionProfile kept
        = storeProfile(QStringLiteral("Kept"), {m_credentials.apiKey, m_credentials.userToken});
    makeDialog();
    QCOMPARE(m_dialog->editedProfileId(), doomed.id());
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), waitMs);
    QSignalSpy removed(m_dialog.get(), &ConnectionDialog::removalFinished);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    click("removeButton");
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("PRODUCTION")));
    QCOMPARE(m_profiles->count(), 2);
    QCOMPARE(removed.size(), 0);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    click("removeButton");
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, waitMs);
    QVERIFY(removed.constFirst().at(0).toBool());
    QCOMPARE(m_profiles->count(), 1);
    QVERIFY(!m_profiles->profile(doomed.id()));
    QCOMPARE(waitFor(m_store->read(doomed)).status(), Status::NotFound);
    QCOMPARE(waitFor(m_store->read(kept)).status(), Status::Found);
    // The dialog reports the keychain's check, in plain words.
    QVERIFY2(m_dialog->credentialStatusText().contains(QStringLiteral(
                 "removed from the system keyring, and it was checked that they are gone")),
        qPrintable(m_dialog->credentialStatusText()));
    QCOMPARE(m_dialog->editedProfileId(), kept.id());
}

void TestConnectionDialog::connectSwitchesTheWindowsSession()
{
    REQUIRE_KEYCHAIN();
    const ConnectionProfile staff = storeProfile(
        QStringLiteral("Staff"), {m_credentials.apiKey, m_credentials.serviceAccountKey});
    const ConnectionProfile customer
        = storeProfile(QStringLiteral("Customer"), {m_credentials.apiKey, m_credentials.userToken});
    Session session(m_store.get());
    MainWindow window(&session, m_profiles.get(), m_settings.get());
    window.show();

    window.showConnectionDialog(customer.id());
    ConnectionDialog *dialog = window.connectionDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->editedProfileId(), customer.id());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), waitMs);
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(session.isReady(), waitMs);
    QCOMPARE(session.profile().id(), customer.id());
    QCOMPARE(session.role(), AccessRole::Customer);
    QCOMPARE(m_profiles->currentId(), customer.id());
    QVERIFY(!dialog->isVisible());
    QCOMPARE(window.currentSection(),
        std::optional<MainWindow::Section>(MainWindow::Section::MyAccount));

    // Switch without restarting.
    window.showConnectionDialog(staff.id());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), waitMs);
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(session.isReady() && session.profile().id() == staff.id(), waitMs);
    QCOMPARE(session.role(), AccessRole::Staff);
    QCOMPARE(
        window.currentSection(), std::optional<MainWindow::Section>(MainWindow::Section::Users));

    // Sign out forgets the secrets and says the keychain checked they are gone.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    window.findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
    QCOMPARE(session.state(), Session::State::Closed);
    QTRY_VERIFY_WITH_TIMEOUT(window.banner()->isShowing(), waitMs);
    QVERIFY2(window.banner()->text().contains(QStringLiteral("checked that they are gone")),
        qPrintable(window.banner()->text()));
    QCOMPARE(waitFor(m_store->read(staff)).status(), Status::NotFound);
    QVERIFY(m_profiles->currentId().isNull());
    dialog->close();
}

void TestConnectionDialog::testConnection_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("expectedRole");
    QTest::newRow("service-account key") << QStringLiteral("staff") << QStringLiteral("Staff");
    QTest::newRow("user token") << QStringLiteral("customer") << QStringLiteral("Customer");
    QTest::newRow("unknown API key") << QStringLiteral("wrong-key") << QStringLiteral("Unknown");
    QTest::newRow("other company's key")
        << QStringLiteral("other-company") << QStringLiteral("Unknown");
}

void TestConnectionDialog::testConnection()
{
    QFETCH(QString, which);
    QFETCH(QString, expectedRole);
    QString apiKey = m_credentials.apiKey;
    QString token = m_credentials.serviceAccountKey;
    if (which == QLatin1String("customer"))
        token = m_credentials.userToken;
    else if (which == QLatin1String("wrong-key"))
        apiKey = QStringLiteral("not-a-key");
    else if (which == QLatin1String("other-company"))
        apiKey = m_server.otherCompany().apiKey;

    makeDialog();
    fill(QStringLiteral("Test"), m_server.url().toString(), apiKey, token);
    QSignalSpy finished(m_dialog.get(), &ConnectionDialog::testFinished);
    click("testButton");
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
    QCOMPARE(labelText("testRole"), expectedRole);
    // Who the token belongs to, from the token itself (display only).
    const QJsonObject claims = UiTest::tokenClaims(token);
    QCOMPARE(labelText("testSubject"), claims.value(QLatin1String("sub")).toString());
    const QDateTime expiry
        = QDateTime::fromSecsSinceEpoch(claims.value(QLatin1String("exp")).toInteger(), Qt::UTC);
    QCOMPARE(
        labelText("testExpiry"), QLocale().toString(expiry.toLocalTime(), QLocale::LongFormat));
    QVERIFY(!m_dialog->findChild<QLabel *>(QStringLiteral("expiryWarning"))->isVisible());

    const QString answer = labelText("testAnswer");
    if (which == QLatin1String("staff")) {
        const TestHttpResponse users
            = TestHttp::get(QUrl(m_server.url().toString() + QStringLiteral("/users?size=1")),
                TestHttp::auth(apiKey, token));
        QVERIFY2(
            answer.contains(QLocale().toString(users.header("X-Pagination-Total").toLongLong())),
            qPrintable(answer));
    } else if (which == QLatin1String("customer")) {
        const TestHttpResponse me
            = TestHttp::get(QUrl(m_server.url().toString() + QStringLiteral("/users/me")),
                TestHttp::auth(apiKey, token));
        const QString first = me.json().object().value(QLatin1String("first_name")).toString();
        QVERIFY2(answer.contains(first), qPrintable(answer));
    } else {
        // The server's refusal, in words naming the server.
        QVERIFY2(answer.contains(m_server.url().host()), qPrintable(answer));
    }
    // A test stores nothing.
    QCOMPARE(m_profiles->count(), 0);
}

void TestConnectionDialog::tokenExpiryDisplay_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QDateTime>("expiry");
    QTest::addColumn<QString>("warning");

    const QDateTime now(QDate(2030, 1, 10), QTime(12, 0), Qt::UTC);
    QTest::newRow("expired yesterday")
        << UiTest::tokenExpiringAt(now.addDays(-1), QStringLiteral("auth0|old"))
        << QStringLiteral("auth0|old") << now.addDays(-1) << QStringLiteral("expired on");
    QTest::newRow("expired a second ago")
        << UiTest::tokenExpiringAt(now.addSecs(-1), QStringLiteral("u1")) << QStringLiteral("u1")
        << now.addSecs(-1) << QStringLiteral("expired on");
    QTest::newRow("expires in 2 days")
        << UiTest::tokenExpiringAt(now.addDays(2), QStringLiteral("u2")) << QStringLiteral("u2")
        << now.addDays(2) << QStringLiteral("less than a week from now");
    QTest::newRow("expires in 7 days exactly")
        << UiTest::tokenExpiringAt(now.addDays(7), QStringLiteral("u3")) << QStringLiteral("u3")
        << now.addDays(7) << QStringLiteral("less than a week from now");
    QTest::newRow("expires in 8 days")
        << UiTest::tokenExpiringAt(now.addDays(8), QStringLiteral("u4")) << QStringLiteral("u4")
        << now.addDays(8) << QString();
    QTest::newRow("no expiry claim")
        << UiTest::craftToken(QJsonObject {{QStringLiteral("sub"), QStringLiteral("u5")}})
        << QStringLiteral("u5") << QDateTime() << QString();
    QTest::newRow("opaque token") << QStringLiteral("sk_live_opaque0123456789") << QString()
                                  << QDateTime() << QString();
}

void TestConnectionDialog::tokenExpiryDisplay()
{
    QFETCH(QString, token);
    QFETCH(QString, subject);
    QFETCH(QDateTime, expiry);
    QFETCH(QString, warning);
    Clock::setTestTime(QDateTime(QDate(2030, 1, 10), QTime(12, 0), Qt::UTC));
    makeDialog();
    setText("tokenEdit", token);
    QCOMPARE(labelText("testSubject"),
        subject.isEmpty() ? QStringLiteral("Not stated in the token") : subject);
    QCOMPARE(labelText("testExpiry"),
        expiry.isValid() ? QLocale().toString(expiry.toLocalTime(), QLocale::LongFormat)
                         : QStringLiteral("Not stated in the token"));
    auto *warningLabel = m_dialog->findChild<QLabel *>(QStringLiteral("expiryWarning"));
    QCOMPARE(warningLabel->isVisible(), !warning.isEmpty());
    if (!warning.isEmpty())
        QVERIFY2(warningLabel->text().contains(warning), qPrintable(warningLabel->text()));
}

void TestConnectionDialog::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expected"); ///< the message, as the staff member reads it

    QTest::newRow("no name") << QString() << QStringLiteral("https://api.example.com") << QString()
                             << QString() << QStringLiteral("Give the connection a name.");
    QTest::newRow("no address")
        << QStringLiteral("Shop") << QString() << QString() << QString()
        << QStringLiteral("Enter the server address, for example https://api.example.com.");
    QTest::newRow("http to another host")
        << QStringLiteral("Shop") << QStringLiteral("http://api.example.com") << QString()
        << QString()
        << QStringLiteral(
               "Use https:// for api.example.com: plain http is only allowed for this computer.");
    QTest::newRow("ftp") << QStringLiteral("Shop") << QStringLiteral("ftp://api.example.com")
                         << QString() << QString()
                         << QStringLiteral("The server address must start with https:// (or "
                                           "http:// for this computer).");
    QTest::newRow("password in address")
        << QStringLiteral("Shop") << QStringLiteral("https://me:pw@api.example.com") << QString()
        << QString()
        << QStringLiteral("Remove the user name and password from the server address; enter the "
                          "API key and token separately, they are kept in the system keyring.");
    QTest::newRow("only the API key")
        << QStringLiteral("Shop") << QStringLiteral("https://api.example.com")
        << QStringLiteral("key") << QString()
        << QStringLiteral("Enter both the API key and the token.");
    QTest::newRow("only the token")
        << QStringLiteral("Shop") << QStringLiteral("https://api.example.com") << QString()
        << QStringLiteral("token") << QStringLiteral("Enter both the API key and the token.");
}

void TestConnectionDialog::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, apiKey);
    QFETCH(QString, token);
    QFETCH(QString, expected);
    makeDialog();
    QSignalSpy saved(m_dialog.get(), &ConnectionDialog::saved);
    fill(name, url, apiKey, token);
    click("saveButton");
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.constFirst().at(0).toBool(), false);
    QCOMPARE(m_dialog->validationText(), expected);
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("validationMessage"))->isVisible());
    QCOMPARE(m_profiles->count(), 0);
}

void TestConnectionDialog::unsavedChangesGuard()
{
    const ConnectionProfile a = storeProfile(QStringLiteral("Alpha"), {});
    const ConnectionProfile b = storeProfile(QStringLiteral("Beta"), {});
    makeDialog();
    QCOMPARE(m_dialog->editedProfileId(), a.id());
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), waitMs);
    setText("nameEdit", QStringLiteral("Alpha edited"));
    QVERIFY(m_dialog->hasUnsavedChanges());

    auto *list = m_dialog->findChild<QListWidget *>(QStringLiteral("profileList"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    list->setCurrentRow(1);
    QCOMPARE(m_dialog->editedProfileId(), a.id());
    QCOMPARE(m_dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
        QStringLiteral("Alpha edited"));
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Alpha"));

    MessageBox::setNextAnswer(QMessageBox::Discard);
    list->setCurrentRow(1);
    QCOMPARE(m_dialog->editedProfileId(), b.id());
    QCOMPARE(m_dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
        QStringLiteral("Beta"));
    QCOMPARE(m_profiles->profile(a.id())->name(), QStringLiteral("Alpha"));
}

void TestConnectionDialog::noKeychainOffersSessionOnly()
{
    if (!expectNoKeychain())
        QSKIP("needs no keychain; tst_connectiondialog_nokeychain runs this");
    makeDialog();
    QSignalSpy saved(m_dialog.get(), &ConnectionDialog::saved);
    auto *sessionOnly = m_dialog->findChild<QCheckBox *>(QStringLiteral("sessionOnlyCheck"));
    QVERIFY(!sessionOnly->isVisible());
    fill(QStringLiteral("Shop"), m_server.url().toString(), m_credentials.apiKey,
        m_credentials.serviceAccountKey);
    click("saveButton");
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, waitMs);
    QCOMPARE(saved.takeFirst().at(0).toBool(), false);
    // Why, in plain words, and the way out.
    const QString status = m_dialog->credentialStatusText();
    QVERIFY2(status.contains(QStringLiteral("No keyring service is running")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("this session only")), qPrintable(status));
    QVERIFY(sessionOnly->isVisible());
    QCOMPARE(m_profiles->count(), 1); // the profile itself is not secret
    const ConnectionProfile profile = m_profiles->profiles().constFirst();

    sessionOnly->setChecked(true);
    QVERIFY(m_store->isSessionOnly());
    click("saveButton");
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, waitMs);
    QCOMPARE(saved.takeFirst().at(0).toBool(), true);
    QVERIFY2(m_dialog->credentialStatusText().contains(QStringLiteral("for this session only")),
        qPrintable(m_dialog->credentialStatusText()));
    const CredentialResult read = waitFor(m_store->read(profile));
    QCOMPARE(read.status(), Status::Found);
    QVERIFY(read.isSessionOnly());

    // Connect works with them.
    QSignalSpy connectRequested(m_dialog.get(), &ConnectionDialog::connectRequested);
    click("connectButton");
    QCOMPARE(connectRequested.size(), 1);
    Session session(m_store.get());
    session.open(connectRequested.constFirst().at(0).value<ConnectionProfile>());
    QTRY_VERIFY_WITH_TIMEOUT(session.isReady(), waitMs);
    QCOMPARE(session.role(), AccessRole::Staff);

    // Nothing secret anywhere under this test's HOME.
    const QByteArray key = m_credentials.apiKey.toUtf8();
    const QByteArray token = m_credentials.serviceAccountKey.toUtf8();
    QVERIFY(!settingsBytes().contains(key));
    QVERIFY(!settingsBytes().contains(token));
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.read(4 * 1024 * 1024);
        ++scanned;
        QVERIFY2(!content.contains(key) && !content.contains(token), qPrintable(file.fileName()));
    }
    qInfo("scanned %d files under %s", scanned, qPrintable(QDir::homePath()));
}

void TestConnectionDialog::noKeychainSelectingSaysWhy()
{
    if (!expectNoKeychain())
        QSKIP("needs no keychain; tst_connectiondialog_nokeychain runs this");
    const ConnectionProfile profile = storeProfile(QStringLiteral("Shop"), {});
    makeDialog();
    QCOMPARE(m_dialog->editedProfileId(), profile.id());
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), waitMs);
    const QString status = m_dialog->credentialStatusText();
    QVERIFY2(
        status.contains(QStringLiteral("cannot read the saved credentials")), qPrintable(status));
    QVERIFY(!status.contains(QStringLiteral("No credentials are saved"))); // never "first run"
    QVERIFY(m_dialog->findChild<QCheckBox *>(QStringLiteral("sessionOnlyCheck"))->isVisible());
    auto *token = m_dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    QVERIFY(token->isEnabled());
    QVERIFY(token->text().isEmpty());

    // Renaming without entering secrets saves the profile and leaves the keychain alone.
    QSignalSpy saved(m_dialog.get(), &ConnectionDialog::saved);
    setText("nameEdit", QStringLiteral("Shop 2"));
    click("saveButton");
    QCOMPARE(saved.size(), 1);
    QVERIFY(saved.constFirst().at(0).toBool());
    QCOMPARE(m_profiles->profile(profile.id())->name(), QStringLiteral("Shop 2"));
    QVERIFY2(m_dialog->credentialStatusText().contains(QStringLiteral("keyring was not changed")),
        qPrintable(m_dialog->credentialStatusText()));
}

void TestConnectionDialog::noKeychainWindowSaysWhy()
{
    if (!expectNoKeychain())
        QSKIP("needs no keychain; tst_connectiondialog_nokeychain runs this");
    const ConnectionProfile profile = storeProfile(QStringLiteral("Shop"), {});
    Session session(m_store.get());
    MainWindow window(&session, m_profiles.get(), m_settings.get());
    window.show();
    QSignalSpy unavailable(&session, &Session::credentialsUnavailable);
    session.open(profile);
    QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 1, waitMs);
    QCOMPARE(
        unavailable.constFirst().at(0).value<CredentialResult>().status(), Status::Unavailable);
    QCOMPARE(session.state(), Session::State::Failed);
    ErrorBanner *banner = window.banner();
    QVERIFY(banner->isShowing());
    QCOMPARE(banner->level(), ErrorBanner::Level::Warning);
    QVERIFY2(banner->text().contains(QStringLiteral("for this session only")),
        qPrintable(banner->text()));
    QCOMPARE(banner->actionText(), QStringLiteral("Enter Credentials…"));
    QTest::mouseClick(
        window.findChild<QPushButton *>(QStringLiteral("errorBannerAction")), Qt::LeftButton);
    QVERIFY(window.connectionDialog() && window.connectionDialog()->isVisible());
    QCOMPARE(window.connectionDialog()->editedProfileId(), profile.id());
    window.connectionDialog()->close();
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
