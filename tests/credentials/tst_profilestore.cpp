// SPDX-License-Identifier: GPL-3.0-or-later

// ProfileStore and ConnectionProfile: add, edit, remove, switch, persistence in a temporary
// settings file, validation, the production flag, and the keys secrets are filed under.

#include "api/ConnectionProfile.h"
#include "api/ProfileStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addAssignsIdAndPersists();
    void addRejects_data();
    void addRejects();
    void validate_data();
    void validate();
    void edit();
    void editChangingUrlReportsPreviousProfile();
    void removeProfile();
    void switchCurrent();
    void persistAcrossInstances();
    void productionFlag();
    void guessEnvironment_data();
    void guessEnvironment();
    void settingsHoldOnlyNonSecretKeys();
    void unknownKeysSurviveAnUpdate();
    void damagedEntriesAreSkipped();
    void canonicalUrl_data();
    void canonicalUrl();
    void credentialKey();

private:
    std::unique_ptr<QSettings> openSettings() const;
    static ConnectionProfile profile(const QString &name, const QString &url,
        ConnectionProfile::Environment environment = ConnectionProfile::Environment::Other);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void tst_ProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("settings.ini"));
}

void tst_ProfileStore::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<QSettings> tst_ProfileStore::openSettings() const
{
    return std::make_unique<QSettings>(m_file, QSettings::IniFormat);
}

ConnectionProfile tst_ProfileStore::profile(
    const QString &name, const QString &url, ConnectionProfile::Environment environment)
{
    ConnectionProfile p;
    p.setName(name);
    p.setBaseUrl(QUrl(url));
    p.setEnvironment(environment);
    return p;
}

void tst_ProfileStore::addAssignsIdAndPersists()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    QSignalSpy added(&store, &ProfileStore::profileAdded);
    QCOMPARE(store.count(), 0);

    ConnectionProfile local = profile(QStringLiteral("Local"),
        QStringLiteral("http://127.0.0.1:8080"), ConnectionProfile::Environment::Local);
    QVERIFY(local.id().isNull());
    QString error;
    QVERIFY2(store.add(local, &error), qPrintable(error));
    QVERIFY(!local.id().isNull());
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).value<ConnectionProfile>(), local);
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.profile(local.id()).value(), local);

    // On disk right away, not only in memory.
    QSettings reader(m_file, QSettings::IniFormat);
    QCOMPARE(reader
                 .value(QStringLiteral("connections/profiles/")
                     + local.id().toString(QUuid::WithoutBraces) + QStringLiteral("/name"))
                 .toString(),
        QStringLiteral("Local"));
}

void tst_ProfileStore::addRejects_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");

    QTest::newRow("duplicate name")
        << QStringLiteral("Staging") << QStringLiteral("https://b.example.com");
    QTest::newRow("duplicate name, other case")
        << QStringLiteral("  staging ") << QStringLiteral("https://b.example.com");
    QTest::newRow("no name") << QString() << QStringLiteral("https://b.example.com");
    QTest::newRow("no url") << QStringLiteral("B") << QString();
    QTest::newRow("password in url")
        << QStringLiteral("B") << QStringLiteral("https://me:hunter2@b.example.com");
}

void tst_ProfileStore::addRejects()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    auto settings = openSettings();
    ProfileStore store(settings.get());
    ConnectionProfile first
        = profile(QStringLiteral("Staging"), QStringLiteral("https://a.example.com"));
    QVERIFY(store.add(first));
    QSignalSpy added(&store, &ProfileStore::profileAdded);

    ConnectionProfile second = profile(name, url);
    QString error;
    QVERIFY(!store.add(second, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.count(), 1);
    QCOMPARE(added.count(), 0);

    // The same id twice is refused too.
    ConnectionProfile sameId = first;
    sameId.setName(QStringLiteral("Other name"));
    QVERIFY(!store.add(sameId, &error));
    QCOMPARE(store.count(), 1);
    // Nothing of the refused profile reached the file (the password row above in particular).
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("hunter2"));
}

void tst_ProfileStore::validate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("colour");
    QTest::addColumn<bool>("valid");

    QTest::newRow("https") << QStringLiteral("P") << QStringLiteral("https://api.example.com")
                           << QString() << true;
    QTest::newRow("https with path")
        << QStringLiteral("P") << QStringLiteral("https://example.com/api/v2/") << QString()
        << true;
    QTest::newRow("http localhost")
        << QStringLiteral("P") << QStringLiteral("http://localhost:8080") << QString() << true;
    QTest::newRow("http 127.0.0.1")
        << QStringLiteral("P") << QStringLiteral("http://127.0.0.1:1") << QString() << true;
    QTest::newRow("http 127.1.2.3")
        << QStringLiteral("P") << QStringLiteral("http://127.1.2.3") << QString() << true;
    QTest::newRow("http [::1]") << QStringLiteral("P") << QStringLiteral("http://[::1]:9000")
                                << QString() << true;
    QTest::newRow("colour") << QStringLiteral("P") << QStringLiteral("https://a.example")
                            << QStringLiteral("#C0ffee") << true;
    QTest::newRow("http remote") << QStringLiteral("P") << QStringLiteral("http://api.example.com")
                                 << QString() << false;
    QTest::newRow("http lookalike")
        << QStringLiteral("P") << QStringLiteral("http://localhost.example.com") << QString()
        << false;
    QTest::newRow("ftp") << QStringLiteral("P") << QStringLiteral("ftp://example.com") << QString()
                         << false;
    QTest::newRow("no scheme") << QStringLiteral("P") << QStringLiteral("example.com") << QString()
                               << false;
    QTest::newRow("no host") << QStringLiteral("P") << QStringLiteral("https://") << QString()
                             << false;
    QTest::newRow("user info") << QStringLiteral("P") << QStringLiteral("https://user@example.com")
                               << QString() << false;
    QTest::newRow("query") << QStringLiteral("P")
                           << QStringLiteral("https://example.com/?api_key=x") << QString()
                           << false;
    QTest::newRow("fragment") << QStringLiteral("P") << QStringLiteral("https://example.com/#x")
                              << QString() << false;
    QTest::newRow("blank name") << QStringLiteral("   ") << QStringLiteral("https://example.com")
                                << QString() << false;
    QTest::newRow("long name") << QString(101, QLatin1Char('n'))
                               << QStringLiteral("https://example.com") << QString() << false;
    QTest::newRow("bad colour") << QStringLiteral("P") << QStringLiteral("https://example.com")
                                << QStringLiteral("red") << false;
    QTest::newRow("short colour") << QStringLiteral("P") << QStringLiteral("https://example.com")
                                  << QStringLiteral("#fff") << false;
}

void tst_ProfileStore::validate()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, colour);
    QFETCH(bool, valid);
    ConnectionProfile p
        = ConnectionProfile::create(name, QUrl(url), ConnectionProfile::Environment::Other);
    p.setColour(colour);
    QCOMPARE(p.isValid(), valid);
    QCOMPARE(p.validate().isEmpty(), valid);
}

void tst_ProfileStore::edit()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    ConnectionProfile a = profile(QStringLiteral("A"), QStringLiteral("https://a.example.com"));
    ConnectionProfile b = profile(QStringLiteral("B"), QStringLiteral("https://b.example.com"));
    QVERIFY(store.add(a));
    QVERIFY(store.add(b));
    QSignalSpy updated(&store, &ProfileStore::profileUpdated);

    ConnectionProfile renamed = a;
    renamed.setName(QStringLiteral("A renamed"));
    renamed.setColour(QStringLiteral("#112233"));
    renamed.setConfirmWrites(false);
    QString error;
    QVERIFY2(store.update(renamed, &error), qPrintable(error));
    QCOMPARE(updated.count(), 1);
    QCOMPARE(store.profile(a.id()).value(), renamed);
    QCOMPARE(store.profiles().at(0).id(), a.id()); // order kept

    // No change: no signal.
    QVERIFY(store.update(renamed));
    QCOMPARE(updated.count(), 1);

    // Taking another profile's name is refused; so are invalid edits and unknown ids.
    ConnectionProfile clash = renamed;
    clash.setName(QStringLiteral("b"));
    QVERIFY(!store.update(clash, &error));
    QVERIFY(!error.isEmpty());
    ConnectionProfile invalid = renamed;
    invalid.setBaseUrl(QUrl(QStringLiteral("http://remote.example.com")));
    QVERIFY(!store.update(invalid));
    ConnectionProfile unknown = renamed;
    unknown.setId(QUuid::createUuid());
    QVERIFY(!store.update(unknown));
    QCOMPARE(updated.count(), 1);
    QCOMPARE(store.profile(a.id()).value(), renamed);
}

void tst_ProfileStore::editChangingUrlReportsPreviousProfile()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    ConnectionProfile a = profile(QStringLiteral("A"), QStringLiteral("https://a.example.com"));
    QVERIFY(store.add(a));
    QSignalSpy updated(&store, &ProfileStore::profileUpdated);

    ConnectionProfile moved = a;
    moved.setBaseUrl(QUrl(QStringLiteral("https://new.example.com")));
    QVERIFY(store.update(moved));
    QCOMPARE(updated.count(), 1);
    const auto previous = updated.at(0).at(0).value<ConnectionProfile>();
    const auto current = updated.at(0).at(1).value<ConnectionProfile>();
    QCOMPARE(previous, a);
    QCOMPARE(current, moved);
    // The old secret is filed under a key the moved profile no longer uses.
    QVERIFY(previous.credentialKey() != current.credentialKey());
}

void tst_ProfileStore::removeProfile()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    ConnectionProfile a = profile(QStringLiteral("A"), QStringLiteral("https://a.example.com"));
    ConnectionProfile b = profile(QStringLiteral("B"), QStringLiteral("https://b.example.com"));
    QVERIFY(store.add(a));
    QVERIFY(store.add(b));
    QVERIFY(store.setCurrentId(a.id()));
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);
    QSignalSpy current(&store, &ProfileStore::currentChanged);

    QVERIFY(store.remove(b.id()));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).value<ConnectionProfile>(), b);
    QCOMPARE(current.count(), 0);
    QCOMPARE(store.currentId(), a.id());

    QVERIFY(store.remove(a.id()));
    QCOMPARE(current.count(), 1);
    QVERIFY(current.at(0).at(0).value<QUuid>().isNull());
    QVERIFY(store.currentId().isNull());
    QCOMPARE(store.count(), 0);
    QVERIFY(!store.remove(a.id()));

    QSettings reader(m_file, QSettings::IniFormat);
    reader.beginGroup(QStringLiteral("connections/profiles"));
    QVERIFY(reader.childGroups().isEmpty());
    reader.endGroup();
    QVERIFY(!reader.contains(QStringLiteral("connections/current")));
}

void tst_ProfileStore::switchCurrent()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    ConnectionProfile a = profile(QStringLiteral("A"), QStringLiteral("https://a.example.com"));
    ConnectionProfile b = profile(QStringLiteral("B"), QStringLiteral("https://b.example.com"));
    QVERIFY(store.add(a));
    QVERIFY(store.add(b));
    QSignalSpy changed(&store, &ProfileStore::currentChanged);
    QVERIFY(store.currentId().isNull());
    QVERIFY(!store.current());

    QVERIFY(store.setCurrentId(a.id()));
    QVERIFY(store.setCurrentId(b.id()));
    QVERIFY(store.setCurrentId(b.id())); // unchanged: no signal
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).value<QUuid>(), b.id());
    QCOMPARE(store.current().value(), b);

    QString error;
    QVERIFY(!store.setCurrentId(QUuid::createUuid(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.currentId(), b.id());

    QVERIFY(store.setCurrentId(QUuid()));
    QVERIFY(store.currentId().isNull());
    QCOMPARE(changed.count(), 3);
}

void tst_ProfileStore::persistAcrossInstances()
{
    QList<ConnectionProfile> expected;
    QUuid currentId;
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        for (const auto &[name, url, env] :
            {std::make_tuple("Production", "https://api.builton.dev",
                 ConnectionProfile::Environment::Production),
                std::make_tuple("Staging", "https://staging.builton.dev/v2",
                    ConnectionProfile::Environment::Staging),
                std::make_tuple(
                    "Local", "http://localhost:8080", ConnectionProfile::Environment::Local)}) {
            ConnectionProfile p
                = ConnectionProfile::create(QLatin1String(name), QUrl(QLatin1String(url)), env);
            QVERIFY(store.add(p));
            expected.append(p);
        }
        expected[1].setColour(QStringLiteral("#ff8800"));
        QVERIFY(store.update(expected[1]));
        QVERIFY(store.remove(expected[0].id()));
        expected.removeFirst();
        QVERIFY(store.setCurrentId(expected[1].id()));
        currentId = expected[1].id();
    }
    auto settings = openSettings();
    ProfileStore reopened(settings.get());
    QCOMPARE(reopened.profiles(), expected);
    QCOMPARE(reopened.currentId(), currentId);
    QCOMPARE(reopened.profile(expected[0].id())->colour(), QStringLiteral("#ff8800"));
    QCOMPARE(
        reopened.profile(expected[0].id())->environment(), ConnectionProfile::Environment::Staging);
}

void tst_ProfileStore::productionFlag()
{
    const auto production = ConnectionProfile::create(QStringLiteral("Production"),
        QUrl(QStringLiteral("https://api.builton.dev")),
        ConnectionProfile::Environment::Production);
    QVERIFY(production.isProduction());
    QVERIFY(production.confirmWrites()); // production asks before writing by default
    const auto staging = ConnectionProfile::create(QStringLiteral("Staging"),
        QUrl(QStringLiteral("https://staging.builton.dev")),
        ConnectionProfile::Environment::Staging);
    QVERIFY(!staging.isProduction());
    QVERIFY(!staging.confirmWrites());

    auto settings = openSettings();
    {
        ProfileStore store(settings.get());
        ConnectionProfile p = production;
        QVERIFY(store.add(p));
        ConnectionProfile s = staging;
        QVERIFY(store.add(s));
    }
    QCOMPARE(
        settings
            ->value(QStringLiteral("connections/profiles/")
                + production.id().toString(QUuid::WithoutBraces) + QStringLiteral("/environment"))
            .toString(),
        QStringLiteral("production"));
    ProfileStore reopened(settings.get());
    QVERIFY(reopened.profile(production.id())->isProduction());
    QVERIFY(!reopened.profile(staging.id())->isProduction());

    QCOMPARE(ConnectionProfile::environmentName(ConnectionProfile::Environment::Production),
        QStringLiteral("Production"));
    for (auto env :
        {ConnectionProfile::Environment::Production, ConnectionProfile::Environment::Staging,
            ConnectionProfile::Environment::Local, ConnectionProfile::Environment::Other}) {
        QCOMPARE(
            ConnectionProfile::environmentFromKey(ConnectionProfile::environmentKey(env)).value(),
            env);
    }
    QVERIFY(!ConnectionProfile::environmentFromKey(QStringLiteral("Production")));
}

void tst_ProfileStore::guessEnvironment_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<ConnectionProfile::Environment>("expected");
    QTest::newRow("localhost") << QStringLiteral("http://localhost:8080")
                               << ConnectionProfile::Environment::Local;
    QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1")
                               << ConnectionProfile::Environment::Local;
    QTest::newRow("::1") << QStringLiteral("http://[::1]:1")
                         << ConnectionProfile::Environment::Local;
    QTest::newRow("staging host") << QStringLiteral("https://staging.builton.dev")
                                  << ConnectionProfile::Environment::Staging;
    QTest::newRow("api-stage") << QStringLiteral("https://api-stage.example.com")
                               << ConnectionProfile::Environment::Staging;
    QTest::newRow("test subdomain") << QStringLiteral("https://api.test.example.com")
                                    << ConnectionProfile::Environment::Staging;
    QTest::newRow("contest is production")
        << QStringLiteral("https://contest.com") << ConnectionProfile::Environment::Production;
    QTest::newRow("production") << QStringLiteral("https://api.builton.dev")
                                << ConnectionProfile::Environment::Production;
}

void tst_ProfileStore::guessEnvironment()
{
    QFETCH(QString, url);
    QFETCH(ConnectionProfile::Environment, expected);
    QCOMPARE(ConnectionProfile::guessEnvironment(QUrl(url)), expected);
}

void tst_ProfileStore::settingsHoldOnlyNonSecretKeys()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    ConnectionProfile p = profile(QStringLiteral("Production"),
        QStringLiteral("https://api.builton.dev"), ConnectionProfile::Environment::Production);
    p.setColour(QStringLiteral("#aa0000"));
    QVERIFY(store.add(p));
    QVERIFY(store.setCurrentId(p.id()));

    const QStringList allowed = {QStringLiteral("version"), QStringLiteral("order"),
        QStringLiteral("current"), QStringLiteral("name"), QStringLiteral("baseUrl"),
        QStringLiteral("environment"), QStringLiteral("colour"), QStringLiteral("confirmWrites")};
    QSettings reader(m_file, QSettings::IniFormat);
    const QStringList keys = reader.allKeys();
    QVERIFY(!keys.isEmpty());
    for (const QString &key : keys) {
        QVERIFY2(key.startsWith(QLatin1String("connections/")), qPrintable(key));
        QVERIFY2(allowed.contains(key.section(QLatin1Char('/'), -1)), qPrintable(key));
    }
}

void tst_ProfileStore::unknownKeysSurviveAnUpdate()
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    ConnectionProfile p = profile(QStringLiteral("A"), QStringLiteral("https://a.example.com"));
    QVERIFY(store.add(p));
    const QString futureKey = QStringLiteral("connections/profiles/")
        + p.id().toString(QUuid::WithoutBraces) + QStringLiteral("/futureSetting");
    settings->setValue(futureKey, 42);
    p.setName(QStringLiteral("A2"));
    QVERIFY(store.update(p));
    QSettings reader(m_file, QSettings::IniFormat);
    QCOMPARE(reader.value(futureKey).toInt(), 42);
}

void tst_ProfileStore::damagedEntriesAreSkipped()
{
    const QUuid good = QUuid::createUuid();
    const QUuid bad = QUuid::createUuid();
    {
        QSettings writer(m_file, QSettings::IniFormat);
        const auto group = [](const QUuid &id) -> QString {
            return QStringLiteral("connections/profiles/") + id.toString(QUuid::WithoutBraces);
        };
        writer.setValue(group(good) + QStringLiteral("/name"), QStringLiteral("Good"));
        writer.setValue(
            group(good) + QStringLiteral("/baseUrl"), QStringLiteral("https://good.example"));
        writer.setValue(group(good) + QStringLiteral("/environment"), QStringLiteral("nonsense"));
        writer.setValue(group(bad) + QStringLiteral("/name"), QStringLiteral("Bad"));
        writer.setValue(
            group(bad) + QStringLiteral("/baseUrl"), QStringLiteral("http://remote.example"));
        writer.setValue(
            QStringLiteral("connections/profiles/not-a-uuid/name"), QStringLiteral("X"));
        writer.setValue(QStringLiteral("connections/current"), bad.toString(QUuid::WithoutBraces));
    }
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("Skipping stored connection profile")));
    auto settings = openSettings();
    ProfileStore store(settings.get());
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.profiles().at(0).id(), good);
    QCOMPARE(store.profiles().at(0).environment(), ConnectionProfile::Environment::Other);
    QVERIFY(store.currentId().isNull()); // the current one was skipped
}

void tst_ProfileStore::canonicalUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("plain") << QStringLiteral("https://api.example.com")
                           << QStringLiteral("https://api.example.com");
    QTest::newRow("trailing slash")
        << QStringLiteral("https://api.example.com/") << QStringLiteral("https://api.example.com");
    QTest::newRow("upper case host") << QStringLiteral("HTTPS://API.Example.COM/v2/")
                                     << QStringLiteral("https://api.example.com/v2");
    QTest::newRow("default https port") << QStringLiteral("https://api.example.com:443")
                                        << QStringLiteral("https://api.example.com");
    QTest::newRow("default http port")
        << QStringLiteral("http://localhost:80/") << QStringLiteral("http://localhost");
    QTest::newRow("other port kept")
        << QStringLiteral("http://localhost:8080") << QStringLiteral("http://localhost:8080");
    QTest::newRow("user info dropped") << QStringLiteral("https://u:p@api.example.com")
                                       << QStringLiteral("https://api.example.com");
    QTest::newRow("dot segments") << QStringLiteral("https://api.example.com/a/../v2")
                                  << QStringLiteral("https://api.example.com/v2");
    QTest::newRow("invalid") << QStringLiteral("not a url") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_ProfileStore::canonicalUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, canonical);
    QCOMPARE(ConnectionProfile::canonicalUrl(QUrl(url)), canonical);
}

void tst_ProfileStore::credentialKey()
{
    const auto p = ConnectionProfile::create(QStringLiteral("Production"),
        QUrl(QStringLiteral("https://api.builton.dev")),
        ConnectionProfile::Environment::Production);
    const QString key = p.credentialKey();
    QVERIFY(key.contains(p.id().toString(QUuid::WithoutBraces)));
    QVERIFY(key.contains(QLatin1String("https://api.builton.dev")));

    // Same server spelled differently: same key.
    ConnectionProfile respelled = p;
    respelled.setBaseUrl(QUrl(QStringLiteral("https://API.builton.dev:443/")));
    QCOMPARE(respelled.credentialKey(), key);
    // Another URL: another key. Another profile of the same name and URL: another key.
    ConnectionProfile moved = p;
    moved.setBaseUrl(QUrl(QStringLiteral("https://api.builton.dev/v3")));
    QVERIFY(moved.credentialKey() != key);
    ConnectionProfile twin = p;
    twin.setId(QUuid::createUuid());
    QVERIFY(twin.credentialKey() != key);
    // Renaming keeps the key: the name is not part of it.
    ConnectionProfile renamed = p;
    renamed.setName(QStringLiteral("Live"));
    QCOMPARE(renamed.credentialKey(), key);
    // No id or no valid URL: no key (never a shared, empty one).
    ConnectionProfile noId = p;
    noId.setId(QUuid());
    QVERIFY(noId.credentialKey().isEmpty());
    ConnectionProfile noUrl = p;
    noUrl.setBaseUrl(QUrl());
    QVERIFY(noUrl.credentialKey().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
