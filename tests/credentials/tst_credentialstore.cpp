// SPDX-License-Identifier: GPL-3.0-or-later

// CredentialStore against a real Secret Service (gnome-keyring in a private D-Bus session),
// and the same binary without any keychain. BUILTON_KEYCHAIN_EXPECT selects what to expect:
//   (unset) / secret-service  a working, unlocked Secret Service: FAIL (not skip) without one
//   none                      no session bus at all: everything Unavailable, nothing on disk
//   locked                    a private, throw-away keyring this test may lock and unlock
// (see tests/credentials/CMakeLists.txt for how each variant is started).

#include "api/ConnectionProfile.h"
#include "api/CredentialStore.h"
#include "api/KeychainJobs.h"
#include "api/ProfileStore.h"
#include "api/SessionCredentials.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using Status = CredentialResult::Status;
using Failure = CredentialResult::Failure;
using Kind = KeychainJobs::Kind;

namespace {

constexpr int keychainTimeoutMs = 60000;
const QString testService = QStringLiteral("BuiltOn Admin (tests)");
const QString loginCollection = QStringLiteral("/org/freedesktop/secrets/collection/login");

// Every message any code logs during the run, to prove no secret ever reaches a log.
QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QStringList capturedMessages()
{
    QMutexLocker lock(&logMutex);
    return capturedLog;
}

// Every keychain job started during the run, as KeychainJobs saw it just before starting it.
QList<KeychainJobs::JobRecord> observedJobs;

QList<Kind> jobKindsSince(qsizetype first)
{
    QList<Kind> kinds;
    for (qsizetype i = first; i < observedJobs.size(); ++i)
        kinds.append(observedJobs.at(i).kind);
    return kinds;
}

/// The byte patterns a secret would leave in a file: UTF-8, UTF-16, and the inside of its
/// base64 encoding at each of the three alignments (QtKeychain's plain-text fallback and
/// QSettings both use base64 for some values).
QList<QByteArray> needlesFor(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QList<QByteArray> needles {
        utf8, QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)};
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray encoded = QByteArray(QByteArray(shift, 'x') + utf8).toBase64();
        needles.append(encoded.mid(4, encoded.size() - 8));
    }
    return needles;
}

/// Files under \a roots that contain any of \a secrets (in any of needlesFor()'s forms).
QStringList filesContaining(const QStringList &roots, const QStringList &secrets)
{
    QList<QByteArray> needles;
    for (const QString &secret : secrets)
        needles += needlesFor(secret);
    QStringList hits;
    QSet<QString> seen;
    for (const QString &root : roots) {
        if (root.isEmpty() || !QFileInfo(root).isDir())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info = it.fileInfo();
            if (seen.contains(info.canonicalFilePath()) || info.isSymLink()
                || info.size() > 64 * 1024 * 1024)
                continue;
            seen.insert(info.canonicalFilePath());
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            for (const QByteArray &needle : std::as_const(needles)) {
                if (content.contains(needle)) {
                    hits.append(path);
                    break;
                }
            }
        }
    }
    return hits;
}

ProfileCredentials freshCredentials()
{
    const QString tag = QUuid::createUuid().toString(QUuid::Id128);
    return ProfileCredentials {QStringLiteral("ak_test_") + tag,
        QStringLiteral("eyJhbGciOiJIUzI1NiJ9.test-") + tag + QStringLiteral(".sig")};
}

// The Secret Service's secret structure (oayays), for unlocking the throw-away keyring.
struct ServiceSecret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument &operator<<(QDBusArgument &argument, const ServiceSecret &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, ServiceSecret &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

} // namespace

Q_DECLARE_METATYPE(ServiceSecret)

class tst_CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Mode { SecretService, NoKeychain, Locked };

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    // Every variant.
    void factoryTurnsInsecureFallbackOff();
    void jobWithFallbackOnIsRefused();
    void defaultServiceName();
    void invalidProfileNeverReachesKeychain();
    void incompleteCredentialsAreNotWritten();
    void sessionOnly();
    void environmentCredentials_data();
    void environmentCredentials();

    // A working Secret Service.
    void writeThenReadBack();
    void overwrite();
    void sameNameDifferentUrlDoNotCollide();
    void changedUrlNeverReusesSecret();
    void removeChecksThatTheyAreGone();
    void removeWhenNothingIsStored();
    void damagedEntryIsReportedNotOverwritten();
    void noRetryWhenAvailable();
    void finishesOnceAndNeverSynchronously();
    void deletingReplyEarlyIsSafe();
    void secretsAbsentFromSettingsAndLogs();

    // No keychain at all.
    void readIsUnavailableNotNotFound();
    void writeIsUnavailable();
    void removeIsUnavailable();
    void retriesOnceThenReports();
    void sessionOnlyWorksWithoutKeychain();
    void nothingWrittenToDisk();

    // A locked keyring (its own throw-away keyring).
    void lockedKeyring();

private:
    bool await(CredentialReply *reply, CredentialResult *result);
    ConnectionProfile newProfile(const QString &name, const QString &url);
    bool roundTripCanary(QString *problem);
    bool setLocked(bool locked, QString *error);
    bool collectionLocked(bool *locked, QString *error);

    Mode m_mode = Mode::SecretService;
    std::unique_ptr<CredentialStore> m_store;
    QList<ConnectionProfile> m_profilesToClean;
    QStringList m_secretsUsed;
    std::unique_ptr<QTemporaryDir> m_tempDir;
};

#define REQUIRE_KEYCHAIN()                                                                         \
    do {                                                                                           \
        if (m_mode == Mode::NoKeychain)                                                            \
            QSKIP("needs a Secret Service (runs in tst_credentialstore)");                         \
    } while (false)
#define REQUIRE_NO_KEYCHAIN()                                                                      \
    do {                                                                                           \
        if (m_mode != Mode::NoKeychain)                                                            \
            QSKIP("runs in the no-keychain variant (tst_credentialstore_nokeychain)");             \
    } while (false)

void tst_CredentialStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    previousHandler = qInstallMessageHandler(captureMessage);
    // Debug messages too: they must not carry secrets either.
    QLoggingCategory::setFilterRules(QStringLiteral("builton.api.credentials.debug=true"));
    KeychainJobs::setObserverForTesting(
        [](const KeychainJobs::JobRecord &record) { observedJobs.append(record); });
    qDBusRegisterMetaType<ServiceSecret>();

    const QString expect = qEnvironmentVariable("BUILTON_KEYCHAIN_EXPECT");
    if (expect == QLatin1String("none"))
        m_mode = Mode::NoKeychain;
    else if (expect == QLatin1String("locked"))
        m_mode = Mode::Locked;
    else if (expect.isEmpty() || expect == QLatin1String("secret-service"))
        m_mode = Mode::SecretService;
    else
        QFAIL(qPrintable(QStringLiteral("Unknown BUILTON_KEYCHAIN_EXPECT value: ") + expect));

    m_tempDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tempDir->isValid());

    if (m_mode == Mode::NoKeychain) {
        // The variant is meant to run with an unreachable session bus; make sure it does.
        QVERIFY2(
            qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nonexistent")),
            "the no-keychain variant needs DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus");
        QVERIFY2(
            qEnvironmentVariableIsEmpty("DISPLAY"), "the no-keychain variant needs DISPLAY unset");
        return;
    }
    // A real Secret Service is required here: without one this test fails, loudly.
    QString problem;
    if (!roundTripCanary(&problem)) {
        QFAIL(qPrintable(QStringLiteral("No working Secret Service: ") + problem
            + QStringLiteral(
                "\nThis test needs a real, unlocked one. Run it through scripts/test.sh, "
                "or by hand with a throw-away HOME:\n  dbus-run-session -- sh -c "
                "'printf pw | gnome-keyring-daemon --unlock --components=secrets "
                ">/dev/null; ctest -R credentials --output-on-failure'")));
    }
}

void tst_CredentialStore::cleanupTestCase()
{
    // Leave the keyring as it was found (the locked variant's keyring is thrown away).
    if (m_mode == Mode::SecretService && m_store) {
        for (const ConnectionProfile &profile : std::as_const(m_profilesToClean)) {
            CredentialResult result;
            if (await(m_store->remove(profile), &result) && !result.isSuccess())
                qWarning("Could not clean up a test entry: %s", qPrintable(result.message()));
        }
    }
    KeychainJobs::setObserverForTesting({});

    // Insecure fallback off on every single job of the run, and every job in our service.
    if (m_mode != Mode::NoKeychain)
        QVERIFY(!observedJobs.isEmpty());
    for (const KeychainJobs::JobRecord &job : std::as_const(observedJobs)) {
        QVERIFY2(!job.insecureFallback, qPrintable(KeychainJobs::kindName(job.kind)));
        QVERIFY(!job.hasSettings);
        QCOMPARE(job.service, testService);
    }
    // No secret of the whole run in any log line (debug included).
    const QStringList log = capturedMessages();
    QVERIFY(!log.isEmpty());
    for (const QString &line : log) {
        for (const QString &secret : std::as_const(m_secretsUsed))
            QVERIFY2(!line.contains(secret), "a secret reached the log");
    }
    qInstallMessageHandler(previousHandler);
}

void tst_CredentialStore::init()
{
    m_store = std::make_unique<CredentialStore>(testService);
    m_store->setRetryDelay(std::chrono::milliseconds(0));
}

bool tst_CredentialStore::await(CredentialReply *reply, CredentialResult *result)
{
    std::unique_ptr<CredentialReply> owner(reply);
    if (reply->isFinished()) {
        qWarning("finished before the caller could connect");
        return false;
    }
    QSignalSpy spy(reply, &CredentialReply::finished);
    if (!spy.wait(keychainTimeoutMs)) {
        qWarning("no answer from the keychain within %d ms", keychainTimeoutMs);
        return false;
    }
    QCoreApplication::processEvents();
    if (spy.count() != 1 || !reply->isFinished()) {
        qWarning("finished() was emitted %d times", int(spy.count()));
        return false;
    }
    *result = spy.at(0).at(0).value<CredentialResult>();
    return true;
}

ConnectionProfile tst_CredentialStore::newProfile(const QString &name, const QString &url)
{
    const ConnectionProfile profile = ConnectionProfile::create(
        name, QUrl(url), ConnectionProfile::guessEnvironment(QUrl(url)));
    m_profilesToClean.append(profile);
    return profile;
}

bool tst_CredentialStore::roundTripCanary(QString *problem)
{
    CredentialStore store(testService);
    const ConnectionProfile canary = ConnectionProfile::create(QStringLiteral("canary"),
        QUrl(QStringLiteral("https://canary.invalid")), ConnectionProfile::Environment::Other);
    const ProfileCredentials credentials = freshCredentials();
    m_secretsUsed << credentials.apiKey << credentials.token;
    const std::function<CredentialReply *()> steps[] = {
        [&] { return store.write(canary, credentials); },
        [&] { return store.read(canary); },
        [&] { return store.remove(canary); },
    };
    for (const auto &step : steps) {
        CredentialResult result;
        if (!await(step(), &result)) {
            *problem = QStringLiteral("the keychain did not answer");
            return false;
        }
        if (!result.isSuccess()) {
            *problem = CredentialResult::operationName(result.operation()) + QStringLiteral(" -> ")
                + CredentialResult::statusName(result.status()) + QStringLiteral(" (")
                + result.detail() + QStringLiteral(")");
            return false;
        }
    }
    return true;
}

// --- every variant ----------------------------------------------------------------------

void tst_CredentialStore::factoryTurnsInsecureFallbackOff()
{
    for (Kind kind : {Kind::Read, Kind::Write, Kind::Delete}) {
        std::unique_ptr<QKeychain::Job> job(
            KeychainJobs::createJob(kind, testService, QStringLiteral("some key")));
        QVERIFY(job);
        QVERIFY(!job->insecureFallback());
        QVERIFY(job->autoDelete());
        QVERIFY(!job->settings());
        QCOMPARE(job->service(), testService);
        QCOMPARE(job->key(), QStringLiteral("some key"));
        const bool rightType = kind == Kind::Read
            ? qobject_cast<QKeychain::ReadPasswordJob *>(job.get()) != nullptr
            : kind == Kind::Write
            ? qobject_cast<QKeychain::WritePasswordJob *>(job.get()) != nullptr
            : qobject_cast<QKeychain::DeletePasswordJob *>(job.get()) != nullptr;
        QVERIFY(rightType);
    }
}

void tst_CredentialStore::jobWithFallbackOnIsRefused()
{
    // Whatever turned it on after createJob(), start() refuses to run such a job.
    QSettings plainText(m_tempDir->filePath(QStringLiteral("fallback.ini")), QSettings::IniFormat);
    for (int variant = 0; variant < 2; ++variant) {
        QKeychain::Job *job
            = KeychainJobs::createJob(Kind::Write, testService, QStringLiteral("fallback key"));
        if (variant == 0)
            job->setInsecureFallback(true);
        else
            job->setSettings(&plainText);
        static_cast<QKeychain::WritePasswordJob *>(job)->setTextData(QStringLiteral("x"));
        QTest::ignoreMessage(
            QtCriticalMsg, QRegularExpression(QStringLiteral("Refusing a keychain")));
        const qsizetype before = observedJobs.size();
        QObject context;
        std::optional<KeychainJobs::Outcome> outcome;
        KeychainJobs::start(job, Kind::Write, &context,
            [&outcome](const KeychainJobs::Outcome &o) { outcome = o; });
        QVERIFY(!outcome); // asynchronous, like every answer
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(outcome->refused);
        QVERIFY(outcome->error != QKeychain::NoError);
        // The observer saw it as it was; drop it so the run-wide check below stays about
        // the jobs that did run.
        QCOMPARE(observedJobs.size(), before + 1);
        QCOMPARE(observedJobs.constLast().insecureFallback, variant == 0);
        QCOMPARE(observedJobs.constLast().hasSettings, variant == 1);
        observedJobs.removeLast();
    }
    plainText.sync();
    QVERIFY(plainText.allKeys().isEmpty());
}

void tst_CredentialStore::defaultServiceName()
{
    QCOMPARE(CredentialStore::defaultServiceName(), QStringLiteral("BuiltOn Admin"));
    CredentialStore store;
    QCOMPARE(store.serviceName(), QStringLiteral("BuiltOn Admin"));
}

void tst_CredentialStore::invalidProfileNeverReachesKeychain()
{
    const qsizetype before = observedJobs.size();
    ConnectionProfile noUrl = ConnectionProfile::create(
        QStringLiteral("No URL"), QUrl(), ConnectionProfile::Environment::Other);
    ConnectionProfile noId;
    noId.setName(QStringLiteral("No id"));
    noId.setBaseUrl(QUrl(QStringLiteral("https://example.com")));
    for (const ConnectionProfile &profile : {noUrl, noId}) {
        CredentialResult result;
        QVERIFY(await(m_store->read(profile), &result));
        QCOMPARE(result.status(), Status::Failed);
        QCOMPARE(result.failure(), Failure::InvalidProfile);
        QVERIFY(!result.message().isEmpty());
        QVERIFY(await(m_store->write(profile, freshCredentials()), &result));
        QCOMPARE(result.failure(), Failure::InvalidProfile);
        QVERIFY(await(m_store->remove(profile), &result));
        QCOMPARE(result.failure(), Failure::InvalidProfile);
    }
    QCOMPARE(observedJobs.size(), before);
}

void tst_CredentialStore::incompleteCredentialsAreNotWritten()
{
    const qsizetype before = observedJobs.size();
    const ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("P"),
        QUrl(QStringLiteral("https://p.example")), ConnectionProfile::Environment::Other);
    for (const ProfileCredentials &credentials :
        {ProfileCredentials {QStringLiteral("key"), QString()},
            ProfileCredentials {QString(), QStringLiteral("token")}, ProfileCredentials {}}) {
        CredentialResult result;
        QVERIFY(await(m_store->write(profile, credentials), &result));
        QCOMPARE(result.status(), Status::Failed);
        QCOMPARE(result.failure(), Failure::Incomplete);
    }
    QCOMPARE(observedJobs.size(), before);
}

void tst_CredentialStore::sessionOnly()
{
    QSignalSpy modeChanged(m_store.get(), &CredentialStore::sessionOnlyChanged);
    m_store->setSessionOnly(true);
    QVERIFY(m_store->isSessionOnly());
    QCOMPARE(modeChanged.count(), 1);
    const qsizetype before = observedJobs.size();

    const ConnectionProfile a = ConnectionProfile::create(QStringLiteral("A"),
        QUrl(QStringLiteral("https://a.example")), ConnectionProfile::Environment::Production);
    ConnectionProfile aMoved = a;
    aMoved.setBaseUrl(QUrl(QStringLiteral("https://moved.example")));
    const ProfileCredentials credentials = freshCredentials();
    m_secretsUsed << credentials.apiKey << credentials.token;

    CredentialResult result;
    QVERIFY(await(m_store->read(a), &result));
    QCOMPARE(result.status(), Status::NotFound);
    QVERIFY(await(m_store->write(a, credentials), &result));
    QCOMPARE(result.status(), Status::Stored);
    QVERIFY(result.isSessionOnly());
    QVERIFY(result.message().contains(QLatin1String("session only")));
    QVERIFY(await(m_store->read(a), &result));
    QCOMPARE(result.status(), Status::Found);
    QVERIFY(result.credentials() == credentials);
    QVERIFY(result.isSessionOnly());
    QVERIFY(await(m_store->read(aMoved), &result));
    QCOMPARE(result.status(), Status::NotFound);
    QVERIFY(await(m_store->remove(a), &result));
    QCOMPARE(result.status(), Status::Removed);
    QVERIFY(await(m_store->read(a), &result));
    QCOMPARE(result.status(), Status::NotFound);

    // Switching the mode off forgets what was kept.
    QVERIFY(await(m_store->write(a, credentials), &result));
    m_store->setSessionOnly(false);
    m_store->setSessionOnly(true);
    QVERIFY(await(m_store->read(a), &result));
    QCOMPARE(result.status(), Status::NotFound);
    QCOMPARE(modeChanged.count(), 3);

    // Not one keychain job in session-only mode.
    QCOMPARE(observedJobs.size(), before);
}

void tst_CredentialStore::environmentCredentials_data()
{
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("named"); // variable the problem must name

    QTest::newRow("both") << QStringLiteral("ak") << QStringLiteral("tok") << true << QString();
    QTest::newRow("both, padded") << QStringLiteral(" ak\n") << QStringLiteral("\ttok ") << true
                                  << QString();
    QTest::newRow("no token") << QStringLiteral("ak") << QString() << false
                              << QStringLiteral("BUILTON_TOKEN");
    QTest::newRow("no key") << QString() << QStringLiteral("tok") << false
                            << QStringLiteral("BUILTON_API_KEY");
    QTest::newRow("blank key") << QStringLiteral("  ") << QStringLiteral("tok") << false
                               << QStringLiteral("BUILTON_API_KEY");
    QTest::newRow("neither") << QString() << QString() << false << QStringLiteral("BUILTON_TOKEN");
}

void tst_CredentialStore::environmentCredentials()
{
    QFETCH(QString, apiKey);
    QFETCH(QString, token);
    QFETCH(bool, accepted);
    QFETCH(QString, named);

    QProcessEnvironment env;
    env.insert(QStringLiteral("UNRELATED"), QStringLiteral("x"));
    if (!apiKey.isNull())
        env.insert(QStringLiteral("BUILTON_API_KEY"), apiKey);
    if (!token.isNull())
        env.insert(QStringLiteral("BUILTON_TOKEN"), token);
    QString problem;
    const std::optional<ProfileCredentials> credentials
        = SessionCredentials::fromEnvironment(env, &problem);
    QCOMPARE(credentials.has_value(), accepted);
    if (accepted) {
        QCOMPARE(credentials->apiKey, apiKey.trimmed());
        QCOMPARE(credentials->token, token.trimmed());
        QVERIFY(problem.isEmpty());
    } else {
        QVERIFY(problem.contains(named));
    }
}

// --- a working Secret Service -------------------------------------------------------------

void tst_CredentialStore::writeThenReadBack()
{
    REQUIRE_KEYCHAIN();
    const ConnectionProfile profile
        = newProfile(QStringLiteral("Production"), QStringLiteral("https://api.builton.dev"));
    const ProfileCredentials credentials = freshCredentials();
    m_secretsUsed << credentials.apiKey << credentials.token;

    CredentialResult result;
    QVERIFY(await(m_store->read(profile), &result));
    QCOMPARE(result.status(), Status::NotFound); // first run
    QVERIFY(!result.message().isEmpty());

    const qsizetype before = observedJobs.size();
    QVERIFY(await(m_store->write(profile, credentials), &result));
    QVERIFY2(result.status() == Status::Stored, qPrintable(result.message() + result.detail()));
    QVERIFY(!result.isSessionOnly());
    // A write is verified by reading it back.
    QCOMPARE(jobKindsSince(before), (QList<Kind> {Kind::Write, Kind::Read}));

    // A new store (as after a restart) reads the same.
    CredentialStore restarted(testService);
    QVERIFY(await(restarted.read(profile), &result));
    QCOMPARE(result.status(), Status::Found);
    QCOMPARE(result.credentials().apiKey, credentials.apiKey);
    QCOMPARE(result.credentials().token, credentials.token);
    QVERIFY(result.isSuccess());
}

void tst_CredentialStore::overwrite()
{
    REQUIRE_KEYCHAIN();
    const ConnectionProfile profile
        = newProfile(QStringLiteral("Staging"), QStringLiteral("https://staging.builton.dev"));
    const ProfileCredentials first = freshCredentials();
    const ProfileCredentials second = freshCredentials();
    m_secretsUsed << first.apiKey << first.token << second.apiKey << second.token;

    CredentialResult result;
    QVERIFY(await(m_store->write(profile, first), &result));
    QCOMPARE(result.status(), Status::Stored);
    QVERIFY(await(m_store->write(profile, second), &result));
    QCOMPARE(result.status(), Status::Stored);
    QVERIFY(await(m_store->read(profile), &result));
    QCOMPARE(result.status(), Status::Found);
    QVERIFY(result.credentials() == second);
}

void tst_CredentialStore::sameNameDifferentUrlDoNotCollide()
{
    REQUIRE_KEYCHAIN();
    // Two profiles named alike for two servers, and one profile id with two URLs.
    const ConnectionProfile one
        = newProfile(QStringLiteral("Shop"), QStringLiteral("https://one.example.com"));
    const ConnectionProfile two
        = newProfile(QStringLiteral("Shop"), QStringLiteral("https://two.example.com"));
    ConnectionProfile oneElsewhere = one;
    oneElsewhere.setBaseUrl(QUrl(QStringLiteral("http://localhost:8080")));
    m_profilesToClean.append(oneElsewhere);

    const ProfileCredentials c1 = freshCredentials();
    const ProfileCredentials c2 = freshCredentials();
    const ProfileCredentials c3 = freshCredentials();
    m_secretsUsed << c1.apiKey << c1.token << c2.apiKey << c2.token << c3.apiKey << c3.token;

    CredentialResult result;
    QVERIFY(await(m_store->write(one, c1), &result));
    QCOMPARE(result.status(), Status::Stored);
    QVERIFY(await(m_store->write(two, c2), &result));
    QCOMPARE(result.status(), Status::Stored);
    QVERIFY(await(m_store->write(oneElsewhere, c3), &result));
    QCOMPARE(result.status(), Status::Stored);

    QVERIFY(await(m_store->read(one), &result));
    QVERIFY(result.credentials() == c1);
    QVERIFY(await(m_store->read(two), &result));
    QVERIFY(result.credentials() == c2);
    QVERIFY(await(m_store->read(oneElsewhere), &result));
    QVERIFY(result.credentials() == c3);

    // Removing one leaves the others alone.
    QVERIFY(await(m_store->remove(one), &result));
    QCOMPARE(result.status(), Status::Removed);
    QVERIFY(await(m_store->read(two), &result));
    QVERIFY(result.credentials() == c2);
    QVERIFY(await(m_store->read(oneElsewhere), &result));
    QVERIFY(result.credentials() == c3);
}

void tst_CredentialStore::changedUrlNeverReusesSecret()
{
    REQUIRE_KEYCHAIN();
    const ConnectionProfile profile
        = newProfile(QStringLiteral("Moving"), QStringLiteral("https://old.example.com"));
    const ProfileCredentials credentials = freshCredentials();
    m_secretsUsed << credentials.apiKey << credentials.token;
    CredentialResult result;
    QVERIFY(await(m_store->write(profile, credentials), &result));
    QCOMPARE(result.status(), Status::Stored);

    ConnectionProfile moved = profile;
    moved.setBaseUrl(QUrl(QStringLiteral("https://new.example.com")));
    QVERIFY(await(m_store->read(moved), &result));
    QCOMPARE(result.status(), Status::NotFound);
    QVERIFY(result.credentials().isEmpty());

    // The same server spelled differently is the same entry.
    ConnectionProfile respelled = profile;
    respelled.setBaseUrl(QUrl(QStringLiteral("https://OLD.example.com:443/")));
    QVERIFY(await(m_store->read(respelled), &result));
    QCOMPARE(result.status(), Status::Found);
    QVERIFY(result.credentials() == credentials);
}

void tst_CredentialStore::removeChecksThatTheyAreGone()
{
    REQUIRE_KEYCHAIN();
    const ConnectionProfile profile
        = newProfile(QStringLiteral("Sign out"), QStringLiteral("https://signout.example.com"));
    const ProfileCredentials credentials = freshCredentials();
    m_secretsUsed << credentials.apiKey << credentials.token;
    CredentialResult result;
    QVERIFY(await(m_store->write(profile, credentials), &result));
    QCOMPARE(result.status(), Status::Stored);

    const qsizetype before = observedJobs.size();
    QVERIFY(await(m_store->remove(profile), &result));
    QVERIFY2(result.status() == Status::Removed, qPrintable(result.message() + result.detail()));
    QVERIFY(result.message().contains(QLatin1String("gone")));
    // Delete, then a read that must say "not found".
    QCOMPARE(jobKindsSince(before), (QList<Kind> {Kind::Delete, Kind::Read}));

    CredentialStore restarted(testService);
    QVERIFY(await(restarted.read(profile), &result));
    QCOMPARE(result.status(), Status::NotFound);
}

void tst_CredentialStore::removeWhenNothingIsStored()
{
    REQUIRE_KEYCHAIN();
    const ConnectionProfile profile
        = newProfile(QStringLiteral("Never saved"), QStringLiteral("https://never.example.com"));
    CredentialResult result;
    QVERIFY(await(m_store->remove(profile), &result));
    QCOMPARE(result.status(), Status::Removed);
}

void tst_CredentialStore::damagedEntryIsReportedNotOverwritten()
{
    REQUIRE_KEYCHAIN();
    // An entry under our key that is not our JSON (another version, a hand edit).
    const ConnectionProfile profile
        = newProfile(QStringLiteral("Damaged"), QStringLiteral("https://damaged.example.com"));
    {
        QObject context;
        bool done = false;
        KeychainJobs::Outcome outcome;
        KeychainJobs::run(Kind::Write, testService, profile.credentialKey(), "not json at all",
            &context, [&](const KeychainJobs::Outcome &o) {
                outcome = o;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, keychainTimeoutMs);
        QCOMPARE(outcome.error, QKeychain::NoError);
    }
    const qsizetype before = observedJobs.size();
    CredentialResult result;
    QVERIFY(await(m_store->read(profile), &result));
    QCOMPARE(result.status(), Status::Failed);
    QCOMPARE(result.failure(), Failure::Damaged);
    QVERIFY(!result.message().isEmpty());
    QCOMPARE(jobKindsSince(before), QList<Kind> {Kind::Read}); // nothing written or deleted

    // Removing it is still possible, and it reports the truth.
    QVERIFY(await(m_store->remove(profile), &result));
    QCOMPARE(result.status(), Status::Removed);
}

void tst_CredentialStore::noRetryWhenAvailable()
{
    REQUIRE_KEYCHAIN();
    const ConnectionProfile profile
        = newProfile(QStringLiteral("Retry"), QStringLiteral("https://retry.example.com"));
    const qsizetype before = observedJobs.size();
    CredentialResult result;
    QVERIFY(await(m_store->read(profile, CredentialStore::ReadRetry::OnceIfUnavailable), &result));
    QCOMPARE(result.status(), Status::NotFound);
    QCOMPARE(jobKindsSince(before), QList<Kind> {Kind::Read});
}

void tst_CredentialStore::finishesOnceAndNeverSynchronously()
{
    REQUIRE_KEYCHAIN();
    const ConnectionProfile profile
        = newProfile(QStringLiteral("Once"), QStringLiteral("https://once.example.com"));
    std::unique_ptr<CredentialReply> reply(m_store->read(profile));
    QVERIFY(!reply->isFinished());
    QCOMPARE(reply->operation(), CredentialResult::Operation::Read);
    QCOMPARE(reply->profile(), profile);
    QSignalSpy spy(reply.get(), &CredentialReply::finished);
    QVERIFY(spy.wait(keychainTimeoutMs));
    // Another keychain round trip gives any second emission time to show up.
    CredentialResult other;
    QVERIFY(await(m_store->read(profile), &other));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(reply->result().status(), Status::NotFound);
}

void tst_CredentialStore::deletingReplyEarlyIsSafe()
{
    REQUIRE_KEYCHAIN();
    const ConnectionProfile profile
        = newProfile(QStringLiteral("Early"), QStringLiteral("https://early.example.com"));
    const ProfileCredentials credentials = freshCredentials();
    m_secretsUsed << credentials.apiKey << credentials.token;
    // Deleted before the job even started: the job still runs to its end on its own.
    delete m_store->write(profile, credentials);
    delete m_store->read(profile);
    // QtKeychain runs jobs one after the other, so this answer comes after both.
    CredentialResult result;
    QVERIFY(await(m_store->read(profile), &result));
    QCOMPARE(result.status(), Status::Found);
    QVERIFY(result.credentials() == credentials);
    // And the store may go away with replies in flight.
    auto store = std::make_unique<CredentialStore>(testService);
    store->read(profile);
    store.reset();
    QVERIFY(await(m_store->read(profile), &result));
    QCOMPARE(result.status(), Status::Found);
}

void tst_CredentialStore::secretsAbsentFromSettingsAndLogs()
{
    REQUIRE_KEYCHAIN();
    // The whole path a user takes: profile saved through ProfileStore, secrets through
    // CredentialStore, both read back.
    const QString settingsFile = m_tempDir->filePath(QStringLiteral("secrets-check.ini"));
    QSettings settings(settingsFile, QSettings::IniFormat);
    ProfileStore profiles(&settings);
    ConnectionProfile profile
        = newProfile(QStringLiteral("Production"), QStringLiteral("https://api.builton.dev"));
    QString error;
    QVERIFY2(profiles.add(profile, &error), qPrintable(error));
    QVERIFY(profiles.setCurrentId(profile.id()));
    const ProfileCredentials credentials = freshCredentials();
    m_secretsUsed << credentials.apiKey << credentials.token;
    CredentialResult result;
    QVERIFY(await(m_store->write(*profiles.current(), credentials), &result));
    QCOMPARE(result.status(), Status::Stored);
    QVERIFY(await(m_store->read(*profiles.current(), CredentialStore::ReadRetry::OnceIfUnavailable),
        &result));
    QVERIFY(result.credentials() == credentials);
    settings.sync();

    // The scanner can find a secret (so an empty answer below means something).
    QTemporaryDir probeDir;
    QFile probe(probeDir.filePath(QStringLiteral("probe")));
    QVERIFY(probe.open(QIODevice::WriteOnly));
    probe.write(QByteArray("x=") + credentials.token.toUtf8().toBase64());
    probe.close();
    QCOMPARE(filesContaining({probeDir.path()}, {credentials.token}).size(), 1);

    QVERIFY(QFileInfo(settingsFile).size() > 0);
    const QStringList roots {m_tempDir->path(),
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)};
    const QStringList hits = filesContaining(roots, m_secretsUsed);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));

    const QStringList log = capturedMessages();
    QVERIFY(!log.isEmpty());
    for (const QString &line : log) {
        QVERIFY2(!line.contains(credentials.apiKey), "API key in the log");
        QVERIFY2(!line.contains(credentials.token), "token in the log");
    }
}

// --- no keychain at all -------------------------------------------------------------------

void tst_CredentialStore::readIsUnavailableNotNotFound()
{
    REQUIRE_NO_KEYCHAIN();
    const ConnectionProfile profile
        = newProfile(QStringLiteral("Production"), QStringLiteral("https://api.builton.dev"));
    const qsizetype before = observedJobs.size();
    CredentialResult result;
    QVERIFY(await(m_store->read(profile), &result));
    QVERIFY2(result.status() == Status::Unavailable,
        qPrintable(
            CredentialResult::statusName(result.status()) + QLatin1Char(' ') + result.detail()));
    QVERIFY(!result.isSuccess());
    QVERIFY(result.credentials().isEmpty());
    // Plain words: what happened and what to do; the technical text kept apart.
    QVERIFY(result.message().contains(QLatin1String("No keyring service")));
    QVERIFY(result.message().contains(QLatin1String("session only")));
    QVERIFY(result.message().contains(QLatin1String("Production")));
    QVERIFY(!result.detail().isEmpty());
    // A failed read leads to no write and no delete, not even later.
    QTest::qWait(200);
    QCOMPARE(jobKindsSince(before), QList<Kind> {Kind::Read});
}

void tst_CredentialStore::writeIsUnavailable()
{
    REQUIRE_NO_KEYCHAIN();
    const ConnectionProfile profile
        = newProfile(QStringLiteral("Staging"), QStringLiteral("https://staging.builton.dev"));
    const ProfileCredentials credentials = freshCredentials();
    m_secretsUsed << credentials.apiKey << credentials.token;
    const qsizetype before = observedJobs.size();
    CredentialResult result;
    QVERIFY(await(m_store->write(profile, credentials), &result));
    QCOMPARE(result.status(), Status::Unavailable);
    QVERIFY(result.message().contains(QLatin1String("cannot store")));
    QVERIFY(result.message().contains(QLatin1String("session only")));
    QCOMPARE(jobKindsSince(before), QList<Kind> {Kind::Write});
}

void tst_CredentialStore::removeIsUnavailable()
{
    REQUIRE_NO_KEYCHAIN();
    const ConnectionProfile profile
        = newProfile(QStringLiteral("Local"), QStringLiteral("http://localhost:8080"));
    CredentialResult result;
    QVERIFY(await(m_store->remove(profile), &result));
    QCOMPARE(result.status(), Status::Unavailable); // never "Removed" when it cannot check
    QVERIFY(result.message().contains(QLatin1String("may still be stored")));
}

void tst_CredentialStore::retriesOnceThenReports()
{
    REQUIRE_NO_KEYCHAIN();
    const ConnectionProfile profile
        = newProfile(QStringLiteral("Startup"), QStringLiteral("https://startup.example.com"));
    const qsizetype before = observedJobs.size();
    CredentialResult result;
    QVERIFY(await(m_store->read(profile, CredentialStore::ReadRetry::OnceIfUnavailable), &result));
    QCOMPARE(result.status(), Status::Unavailable);
    QCOMPARE(jobKindsSince(before), (QList<Kind> {Kind::Read, Kind::Read}));
    // Without asking for it: no retry.
    const qsizetype again = observedJobs.size();
    QVERIFY(await(m_store->read(profile), &result));
    QCOMPARE(jobKindsSince(again), QList<Kind> {Kind::Read});
}

void tst_CredentialStore::sessionOnlyWorksWithoutKeychain()
{
    REQUIRE_NO_KEYCHAIN();
    const ConnectionProfile profile
        = newProfile(QStringLiteral("Production"), QStringLiteral("https://api.builton.dev"));
    const ProfileCredentials credentials = freshCredentials();
    m_secretsUsed << credentials.apiKey << credentials.token;
    CredentialResult result;
    QVERIFY(await(m_store->read(profile), &result));
    QCOMPARE(result.status(), Status::Unavailable);
    // The user accepts "this session only".
    m_store->setSessionOnly(true);
    QVERIFY(await(m_store->write(profile, credentials), &result));
    QCOMPARE(result.status(), Status::Stored);
    QVERIFY(result.isSessionOnly());
    QVERIFY(await(m_store->read(profile), &result));
    QCOMPARE(result.status(), Status::Found);
    QVERIFY(result.credentials() == credentials);

    // --server with BUILTON_API_KEY / BUILTON_TOKEN: the same, never stored.
    QProcessEnvironment env;
    const ProfileCredentials scripted = freshCredentials();
    m_secretsUsed << scripted.apiKey << scripted.token;
    env.insert(QStringLiteral("BUILTON_API_KEY"), scripted.apiKey);
    env.insert(QStringLiteral("BUILTON_TOKEN"), scripted.token);
    const auto fromEnv = SessionCredentials::fromEnvironment(env);
    QVERIFY(fromEnv);
    const ConnectionProfile server = ConnectionProfile::create(QStringLiteral("--server"),
        QUrl(QStringLiteral("http://127.0.0.1:9")), ConnectionProfile::Environment::Local);
    QVERIFY(await(m_store->write(server, *fromEnv), &result));
    QCOMPARE(result.status(), Status::Stored);
    QVERIFY(await(m_store->read(server), &result));
    QVERIFY(result.credentials() == scripted);
}

void tst_CredentialStore::nothingWrittenToDisk()
{
    REQUIRE_NO_KEYCHAIN();
    // Everything above ran with the secrets in hand; now look for them everywhere this
    // process could have written: HOME and the XDG directories (the test's own, see
    // CMakeLists.txt), Qt's test-mode locations and the settings file of a ProfileStore.
    QSettings settings(m_tempDir->filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    ConnectionProfile profile
        = newProfile(QStringLiteral("Disk"), QStringLiteral("https://disk.example.com"));
    QVERIFY(profiles.add(profile));
    const ProfileCredentials credentials = freshCredentials();
    m_secretsUsed << credentials.apiKey << credentials.token;
    CredentialResult result;
    QVERIFY(await(m_store->write(profile, credentials), &result));
    QCOMPARE(result.status(), Status::Unavailable);
    settings.sync();

    const QString home = QDir::homePath();
    QVERIFY2(home != QDir::rootPath(), "HOME must be a directory of the test's own");
    QVERIFY(!m_secretsUsed.isEmpty());
    QStringList roots {home, m_tempDir->path()};
    for (const char *variable :
        {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        roots.append(qEnvironmentVariable(variable));
    for (auto location : {QStandardPaths::GenericConfigLocation,
             QStandardPaths::GenericDataLocation, QStandardPaths::GenericCacheLocation,
             QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation})
        roots.append(QStandardPaths::writableLocation(location));

    // The scanner can find a secret (so an empty answer below means something).
    QFile probe(m_tempDir->filePath(QStringLiteral("probe.txt")));
    QVERIFY(probe.open(QIODevice::WriteOnly));
    probe.write(m_secretsUsed.constLast().toUtf8());
    probe.close();
    QCOMPARE(filesContaining({m_tempDir->path()}, {m_secretsUsed.constLast()}),
        QStringList {probe.fileName()});
    QVERIFY(probe.remove());

    const QStringList hits = filesContaining(roots, m_secretsUsed);
    QVERIFY2(hits.isEmpty(),
        qPrintable(QStringLiteral("secret found in: ") + hits.join(QLatin1String(", "))));
}

// --- a locked keyring ---------------------------------------------------------------------

bool tst_CredentialStore::collectionLocked(bool *locked, QString *error)
{
    QDBusMessage get = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
        loginCollection, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusMessage reply = QDBusConnection::sessionBus().call(get, QDBus::Block, 10000);
    if (reply.type() != QDBusMessage::ReplyMessage) {
        *error = reply.errorMessage();
        return false;
    }
    *locked = reply.arguments().at(0).value<QDBusVariant>().variant().toBool();
    return true;
}

bool tst_CredentialStore::setLocked(bool locked, QString *error)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (locked) {
        QDBusMessage lock = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
        lock << QVariant::fromValue(QList<QDBusObjectPath> {QDBusObjectPath(loginCollection)});
        const QDBusMessage reply = bus.call(lock, QDBus::Block, 10000);
        if (reply.type() != QDBusMessage::ReplyMessage) {
            *error = reply.errorMessage();
            return false;
        }
    } else {
        // gnome-keyring's own unlock call with the keyring password: no prompt needed.
        QDBusMessage open = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("OpenSession"));
        open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
        const QDBusMessage session = bus.call(open, QDBus::Block, 10000);
        if (session.type() != QDBusMessage::ReplyMessage || session.arguments().size() != 2) {
            *error = session.errorMessage();
            return false;
        }
        ServiceSecret secret;
        secret.session = session.arguments().at(1).value<QDBusObjectPath>();
        secret.value = qgetenv("BUILTON_TEST_KEYRING_PASSWORD");
        secret.contentType = QStringLiteral("text/plain");
        QDBusMessage unlock = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
            QStringLiteral("UnlockWithMasterPassword"));
        unlock << QVariant::fromValue(QDBusObjectPath(loginCollection))
               << QVariant::fromValue(secret);
        const QDBusMessage reply = bus.call(unlock, QDBus::Block, 10000);
        if (reply.type() != QDBusMessage::ReplyMessage) {
            *error = reply.errorMessage();
            return false;
        }
    }
    bool now = !locked;
    if (!collectionLocked(&now, error))
        return false;
    if (now != locked) {
        *error = QStringLiteral("the collection did not change state");
        return false;
    }
    return true;
}

void tst_CredentialStore::lockedKeyring()
{
    if (m_mode != Mode::Locked)
        QSKIP("runs in the locked-keyring variant (tst_credentialstore_locked), which owns its "
              "keyring");
    QVERIFY2(!qEnvironmentVariableIsEmpty("BUILTON_TEST_KEYRING_PASSWORD"),
        "the locked variant needs the throw-away keyring's password");

    const ConnectionProfile saved
        = newProfile(QStringLiteral("Production"), QStringLiteral("https://api.builton.dev"));
    const ConnectionProfile never
        = newProfile(QStringLiteral("Never saved"), QStringLiteral("https://never.example.com"));
    const ProfileCredentials original = freshCredentials();
    const ProfileCredentials replacement = freshCredentials();
    m_secretsUsed << original.apiKey << original.token << replacement.apiKey << replacement.token;
    CredentialResult result;
    QVERIFY(await(m_store->write(saved, original), &result));
    QCOMPARE(result.status(), Status::Stored);

    QString error;
    QVERIFY2(setLocked(true, &error), qPrintable(error));
    const qsizetype before = observedJobs.size();
    QElapsedTimer timer;
    timer.start();

    // Locked is reported as locked: never as "nothing saved", never as credentials.
    QVERIFY(await(m_store->read(saved), &result));
    qInfo("read while locked: %s after %lld ms (%s)",
        qPrintable(CredentialResult::statusName(result.status())), timer.elapsed(),
        qPrintable(result.detail()));
    QCOMPARE(result.status(), Status::Locked);
    QVERIFY(result.message().contains(QLatin1String("locked")));
    QVERIFY(result.message().contains(QLatin1String("Nothing was changed")));
    QVERIFY(await(m_store->read(never), &result));
    QCOMPARE(result.status(), Status::Locked); // cannot know, so it does not claim "not found"

    // A write while locked does not get through and is reported as such.
    QVERIFY(await(m_store->write(saved, replacement), &result));
    qInfo("write while locked: %s (%s)", qPrintable(CredentialResult::statusName(result.status())),
        qPrintable(result.detail()));
    QCOMPARE(result.status(), Status::Locked);

    // Nothing but the calls made here: no delete, no write of the store's own accord.
    QCOMPARE(jobKindsSince(before), (QList<Kind> {Kind::Read, Kind::Read, Kind::Write}));

    // Unlocked again, the original credentials are intact.
    QVERIFY2(setLocked(false, &error), qPrintable(error));
    QVERIFY(await(m_store->read(saved), &result));
    QCOMPARE(result.status(), Status::Found);
    QVERIFY(result.credentials() == original);

    // Sign out while locked: never "Removed" unless a read-back proves the entry gone.
    // (libsecret's delete finds nothing to delete in a locked collection and reports
    // success, and its lookup says "not found": without the Secret Service probe this would
    // claim "Removed" while the secret stays.)
    QVERIFY2(setLocked(true, &error), qPrintable(error));
    QVERIFY(await(m_store->remove(saved), &result));
    qInfo("remove while locked: %s (%s)", qPrintable(CredentialResult::statusName(result.status())),
        qPrintable(result.detail()));
    QCOMPARE(result.status(), Status::Locked);
    QVERIFY(result.message().contains(QLatin1String("cannot remove")));
    QVERIFY2(setLocked(false, &error), qPrintable(error));
    QVERIFY(await(m_store->read(saved), &result));
    QCOMPARE(result.status(), Status::Found); // it was indeed still there
    QVERIFY(result.credentials() == original);
    QVERIFY(await(m_store->remove(saved), &result));
    QCOMPARE(result.status(), Status::Removed);
    QVERIFY(await(m_store->read(saved), &result));
    QCOMPARE(result.status(), Status::NotFound);
}

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
