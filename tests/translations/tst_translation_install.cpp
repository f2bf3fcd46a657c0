// SPDX-License-Identifier: GPL-3.0-or-later

// Translation: which language the app picks, and what install() does with it. Runs as if the
// system were Norwegian (LANG=nb_NO.UTF-8, LANGUAGE=nb; main() below makes sure of it) and
// loads the catalogues the build compiled (<build>/translations).

#include "api/CredentialStore.h"
#include "api/ProfileStore.h"
#include "models/domain/OrderFilter.h"
#include "models/items/OrdersModel.h"
#include "session/Session.h"
#include "session/Translation.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QKeySequence>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TstTranslationInstall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resolve_data();
    void resolve();
    void availableLanguages();
    void followsNorwegianSystem();
    void preferenceOverridesSystem_data();
    void preferenceOverridesSystem();
    void englishPlurals();
    void menuMnemonicsUnique_data();
    void menuMnemonicsUnique();
    void orderWordsInEveryLanguage_data();
    void orderWordsInEveryLanguage();
};

void TstTranslationInstall::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstTranslationInstall::resolve_data()
{
    QTest::addColumn<QString>("preference");
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");

    const QString system; // "" = follow the system
    QTest::newRow("system nb-NO") << system << QStringList {QStringLiteral("nb-NO")} << "nb";
    QTest::newRow("system POSIX name")
        << system << QStringList {QStringLiteral("nb_NO.UTF-8")} << "nb";
    QTest::newRow("system no -> nb") << system << QStringList {QStringLiteral("no")} << "nb";
    QTest::newRow("system nn-NO -> nb") << system << QStringList {QStringLiteral("nn-NO")} << "nb";
    QTest::newRow("system de-AT") << system << QStringList {QStringLiteral("de-AT")} << "de";
    QTest::newRow("system de_CH@euro")
        << system << QStringList {QStringLiteral("de_CH@euro")} << "de";
    QTest::newRow("first available wins")
        << system
        << QStringList {QStringLiteral("fr-FR"), QStringLiteral("de-DE"), QStringLiteral("nb")}
        << "de";
    QTest::newRow("english before norwegian")
        << system << QStringList {QStringLiteral("en-GB"), QStringLiteral("nb-NO")} << "en";
    QTest::newRow("unknown -> en") << system << QStringList {QStringLiteral("fr-FR")} << "en";
    QTest::newRow("C locale -> en") << system << QStringList {QStringLiteral("C")} << "en";
    QTest::newRow("nothing -> en") << system << QStringList() << "en";
    QTest::newRow("preference de over nb system")
        << QStringLiteral("de") << QStringList {QStringLiteral("nb-NO")} << "de";
    QTest::newRow("preference en over nb system")
        << QStringLiteral("en") << QStringList {QStringLiteral("nb-NO")} << "en";
    QTest::newRow("preference nb_NO") << QStringLiteral("nb_NO") << QStringList() << "nb";
    QTest::newRow("preference upper case") << QStringLiteral("DE") << QStringList() << "de";
    QTest::newRow("unknown preference follows system")
        << QStringLiteral("xx") << QStringList {QStringLiteral("nb-NO")} << "nb";
}

void TstTranslationInstall::resolve()
{
    QFETCH(QString, preference);
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(Translation::resolve(preference, uiLanguages), expected);
}

void TstTranslationInstall::availableLanguages()
{
    const QList<Translation::Language> languages = Translation::availableLanguages();
    QStringList codes;
    QStringList names;
    for (const Translation::Language &language : languages) {
        codes.append(language.code);
        names.append(language.nativeName);
    }
    QCOMPARE(
        codes, (QStringList {QStringLiteral("en"), QStringLiteral("nb"), QStringLiteral("de")}));
    QCOMPARE(names.at(1), QStringLiteral("Norsk bokmål"));
    QCOMPARE(names.at(2), QStringLiteral("Deutsch"));

    // Each language has a compiled catalogue where install() looks for it in a build tree.
    const QString buildDir = QDir::cleanPath(
        QCoreApplication::applicationDirPath() + QLatin1String("/../translations"));
    QVERIFY(Translation::catalogueDirectories().contains(buildDir));
    for (const QString &code : std::as_const(codes)) {
        const QString qm = buildDir + QStringLiteral("/builton-admin_%1.qm").arg(code);
        QVERIFY2(QFile::exists(qm), qPrintable(qm));
    }
}

void TstTranslationInstall::followsNorwegianSystem()
{
    QCOMPARE(qEnvironmentVariable("LANG"), QStringLiteral("nb_NO.UTF-8"));
    QCOMPARE(QLocale::system().language(), QLocale::NorwegianBokmal);

    QCOMPARE(Translation::install(QCoreApplication::instance(), QString()), QStringLiteral("nb"));
    QCOMPARE(Translation::current(), QStringLiteral("nb"));

    // The app's catalogue: the main window's first menu, a plural.
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Fil"));
    QCOMPARE(QCoreApplication::translate("UsersPage", "%Ln user(s)", nullptr, 1),
        QStringLiteral("1 bruker"));
    QCOMPARE(QCoreApplication::translate("UsersPage", "%Ln user(s)", nullptr, 2),
        QStringLiteral("2 brukere"));
    // Qt's own strings, in Bokmål (the app's catalogue overrides Qt's Nynorsk for these).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Avbryt"));
    QCOMPARE(QCoreApplication::translate("QLineEdit", "&Undo"), QStringLiteral("&Angre"));

    // Dates, numbers and money follow the language: the default locale is Norwegian.
    QCOMPARE(QLocale().language(), QLocale::NorwegianBokmal);
    QCOMPARE(QLocale().toString(QDate(2026, 11, 27), QStringLiteral("d. MMMM yyyy")),
        QStringLiteral("27. november 2026"));
    QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
    QCOMPARE(QLocale().toString(1234.5, 'f', 2),
        QStringLiteral("1") + QLocale().groupSeparator() + QStringLiteral("234,50"));
}

void TstTranslationInstall::preferenceOverridesSystem_data()
{
    QTest::addColumn<QString>("preference");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QLocale::Language>("localeLanguage");
    QTest::addColumn<QString>("november");

    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei")
                        << QStringLiteral("Abbrechen") << QLocale::German
                        << QStringLiteral("November");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&File")
                        << QStringLiteral("Cancel") << QLocale::English
                        << QStringLiteral("November");
    QTest::newRow("nb") << QStringLiteral("nb") << QStringLiteral("&Fil")
                        << QStringLiteral("Avbryt") << QLocale::NorwegianBokmal
                        << QStringLiteral("november");
}

void TstTranslationInstall::preferenceOverridesSystem()
{
    QFETCH(QString, preference);
    QFETCH(QString, file);
    QFETCH(QString, cancel);
    QFETCH(QLocale::Language, localeLanguage);
    QFETCH(QString, november);

    // Each install() replaces the catalogues of the one before.
    QCOMPARE(Translation::install(QCoreApplication::instance(), preference), preference);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), file);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
    QCOMPARE(QLocale().language(), localeLanguage);
    QCOMPARE(QLocale().monthName(11), november);
}

void TstTranslationInstall::englishPlurals()
{
    QCOMPARE(Translation::install(QCoreApplication::instance(), QStringLiteral("en")),
        QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("UsersPage", "%Ln user(s)", nullptr, 1),
        QStringLiteral("1 user"));
    QCOMPARE(QCoreApplication::translate("UsersPage", "%Ln user(s)", nullptr, 2),
        QStringLiteral("2 users"));
}

void TstTranslationInstall::menuMnemonicsUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("nb") << QStringLiteral("nb") << QStringLiteral("&Fil");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&File");
}

/// In every menu of the main window (and the menu bar itself), no two entries share a
/// mnemonic (Alt+letter) once translated.
void TstTranslationInstall::menuMnemonicsUnique()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QCOMPARE(Translation::install(QCoreApplication::instance(), language), language);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    CredentialStore store(QStringLiteral("BuiltOn Admin (translation tests)"));
    Session session(&store);
    MainWindow window(&session, &profiles, &settings);

    const QList<QAction *> bar = window.menuBar()->actions();
    QVERIFY(!bar.isEmpty());
    QCOMPARE(bar.first()->text(), fileMenu);

    QStringList problems;
    const auto check = [&problems](const QString &where, const QList<QAction *> &actions) {
        QHash<QKeySequence, QString> seen;
        for (const QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QKeySequence key = QKeySequence::mnemonic(action->text());
            if (key.isEmpty())
                continue;
            if (seen.contains(key)) {
                problems.append(QStringLiteral("%1: “%2” and “%3” (%4)")
                                    .arg(where, seen.value(key), action->text(),
                                        key.toString(QKeySequence::PortableText)));
            }
            seen.insert(key, action->text());
        }
    };
    check(QStringLiteral("menu bar"), bar);
    int menus = 0;
    for (const QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        check(menu->title(), menu->actions());
        ++menus;
    }
    QVERIFY(menus >= 4);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TstTranslationInstall::orderWordsInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("failed");
    QTest::addColumn<QString>("guest");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Failed")
                        << QStringLiteral("Guest");
    // "Fehler" is an error, not an order that failed.
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Fehlgeschlagen")
                        << QStringLiteral("Gast");
    QTest::newRow("nb") << QStringLiteral("nb") << QStringLiteral("Mislyktes")
                        << QStringLiteral("Gjest");
}

/// The order status FAILED and the customer of a guest order, as the Orders table shows them.
void TstTranslationInstall::orderWordsInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, failed);
    QFETCH(QString, guest);
    QCOMPARE(Translation::install(QCoreApplication::instance(), language), language);
    QCOMPARE(OrderFilter::orderStatusName(QStringLiteral("FAILED")), failed);
    QCOMPARE(OrdersModel::tr("Guest"), guest);
}

int main(int argc, char *argv[])
{
    // As CTest runs it (ENVIRONMENT in CMakeLists.txt), also when started by hand: the system
    // locale is read from these once, on first use.
    qputenv("LANG", "nb_NO.UTF-8");
    qputenv("LANGUAGE", "nb");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TstTranslationInstall test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translation_install.moc"
