// SPDX-License-Identifier: GPL-3.0-or-later

#include "session/Translation.h"

#include "session/SessionLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <algorithm>

namespace {

const QString English = QStringLiteral("en");
const QString Bokmal = QStringLiteral("nb");

struct InstalledState
{
    QList<QPointer<QTranslator>> translators;
    QString language = English;
};

InstalledState &installed()
{
    static InstalledState state;
    return state;
}

/// "nb_NO.UTF-8", "nb-NO", "NO" -> "nb"; "de_AT@euro" -> "de".
QString languageCode(const QString &name)
{
    QString code = name.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    code = code.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    // Norwegian, and Nynorsk, read Bokmål best of what the app speaks.
    if (code == QLatin1String("no") || code == QLatin1String("nn"))
        code = Bokmal;
    return code;
}

bool isAvailable(const QString &code)
{
    const QList<Translation::Language> languages = Translation::availableLanguages();
    return std::any_of(languages.cbegin(), languages.cend(),
        [&code](const Translation::Language &language) { return language.code == code; });
}

/// Qt ships no Bokmål catalogue; Nynorsk is the closest (the app's own catalogue overrides
/// the Qt strings users meet most, see translations/qt_overrides.cpp).
QStringList qtCatalogueNames(const QString &code)
{
    if (code == Bokmal)
        return {
            QStringLiteral("qtbase_nb"), QStringLiteral("qtbase_no"), QStringLiteral("qtbase_nn")};
    return {QLatin1String("qtbase_") + code};
}

/// The system's locale when it speaks \a code (so en_GB keeps British dates and de_CH Swiss
/// numbers), else the language's default locale.
QLocale localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    const QLocale wanted(code);
    if (system.language() == wanted.language())
        return system;
    return wanted;
}

QTranslator *loadFirst(QCoreApplication *app, const QStringList &names, const QStringList &dirs)
{
    auto *translator = new QTranslator(app);
    for (const QString &dir : dirs) {
        for (const QString &name : names) {
            if (translator->load(name, dir)) {
                qCDebug(lcSession) << "Loaded translation" << translator->filePath();
                return translator;
            }
        }
    }
    delete translator;
    return nullptr;
}

} // namespace

QList<Translation::Language> Translation::availableLanguages()
{
    return {
        {English, QStringLiteral("English")},
        {Bokmal, QStringLiteral("Norsk bokmål")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
    };
}

QString Translation::resolve(const QString &preference, const QStringList &uiLanguages)
{
    const QString preferred = languageCode(preference);
    if (isAvailable(preferred))
        return preferred;
    for (const QString &name : uiLanguages) {
        const QString code = languageCode(name);
        if (isAvailable(code))
            return code;
    }
    return English;
}

QStringList Translation::catalogueDirectories()
{
    const QString binDir = QCoreApplication::applicationDirPath();
    return {
        QDir::cleanPath(binDir + QLatin1String("/../share/builton-admin/translations")),
        QDir::cleanPath(binDir + QLatin1String("/../translations")),
    };
}

QString Translation::install(QCoreApplication *app, const QString &preference)
{
    InstalledState &state = installed();
    for (const QPointer<QTranslator> &translator : std::as_const(state.translators)) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator.data();
        }
    }
    state.translators.clear();

    const QString code = resolve(preference, QLocale::system().uiLanguages());
    QLocale::setDefault(localeFor(code));
    state.language = code;

    // Qt's catalogue first: translators installed later are asked first, so the app's own
    // catalogue wins where both have a string.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (QTranslator *qt = loadFirst(app, qtCatalogueNames(code), {qtDir})) {
        QCoreApplication::installTranslator(qt);
        state.translators.append(qt);
    } else if (code != English) {
        qCInfo(lcSession) << "No Qt translation for" << code << "in" << qtDir
                          << "(Debian: qt6-translations-l10n)";
    }
    const QStringList appDirs = catalogueDirectories();
    const QString appCatalogue = QLatin1String("builton-admin_") + code;
    if (QTranslator *own = loadFirst(app, {appCatalogue}, appDirs)) {
        QCoreApplication::installTranslator(own);
        state.translators.append(own);
    } else {
        qCWarning(lcSession) << "No translation" << appCatalogue << "in" << appDirs;
    }
    qCDebug(lcSession) << "Language" << code << "locale" << QLocale().name();
    return code;
}

QString Translation::current()
{
    return installed().language;
}
