// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QCoreApplication;

/// The app's language: which catalogues to load and which locale formats dates, numbers and
/// money. English is the source language; Norwegian Bokmål and German have catalogues
/// (translations/builton-admin_<code>.ts).
///
/// install() is called once by main() before any window exists (the language a widget was
/// made with stays until it is rebuilt, so Preferences applies a change at the next start).
class Translation
{
public:
    struct Language
    {
        QString code; ///< "en", "nb", "de": what Preferences stores in preferences/language
        QString nativeName; ///< the language's name in itself ("Norsk bokmål"), never translated
    };

    /// The languages the app speaks, English first.
    static QList<Language> availableLanguages();

    /// The language to use: \a preference when it names an available language (an empty
    /// preference means "follow the system"), else the first of \a uiLanguages (BCP 47 or
    /// POSIX names, most preferred first, as QLocale::uiLanguages() gives them) that is
    /// available, else English. Norwegian ("no") and Nynorsk ("nn") fall back to Bokmål.
    static QString resolve(const QString &preference, const QStringList &uiLanguages);

    /// Resolves the language against QLocale::system().uiLanguages(), installs Qt's catalogue
    /// (qtbase_<lang>.qm from Qt's translations folder) and the app's (builton-admin_<lang>.qm
    /// from <bin>/../share/builton-admin/translations, or <bin>/../translations in a build
    /// tree) on \a app, replacing those of an earlier call, and makes the language's locale
    /// the default QLocale. Returns the language used.
    static QString install(QCoreApplication *app, const QString &preference);

    /// The language of the last install() ("en" before any).
    static QString current();

    /// The folders searched for builton-admin_<lang>.qm, in order.
    static QStringList catalogueDirectories();
};
