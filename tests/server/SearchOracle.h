// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The users search as docs/SERVER.md ("Search") describes it, written out for the tests
// without the server's code: what a query matches and in which order the matches come, from
// the users' documents. Folding here starts from Unicode's canonical decomposition (NFD) of
// each Latin letter and a short list of the letters that have none; the server uses an
// explicit table, so the two meet only if the table is right.

#include "tst_server_api_common.h"

#include <QChar>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace SearchOracle {

inline QString field(const QJsonObject &user, const char *key)
{
    return user.value(QLatin1String(key)).toString();
}

/// Latin letters without a decomposition, lower case, and what they are written as.
inline QString withoutDecomposition(char32_t c)
{
    static const QHash<char32_t, QString> letters {{U'ø', QStringLiteral("o")},
        {U'æ', QStringLiteral("ae")}, {U'œ', QStringLiteral("oe")}, {U'ß', QStringLiteral("ss")},
        {U'ł', QStringLiteral("l")}, {U'đ', QStringLiteral("d")}, {U'ð', QStringLiteral("d")},
        {U'þ', QStringLiteral("th")}, {U'ı', QStringLiteral("i")}, {U'ħ', QStringLiteral("h")},
        {U'ŧ', QStringLiteral("t")}, {U'ŋ', QStringLiteral("n")}, {U'ĸ', QStringLiteral("k")},
        {U'ſ', QStringLiteral("s")}, {U'ŀ', QStringLiteral("l")}, {U'ĳ', QStringLiteral("ij")},
        {U'ŉ', QStringLiteral("n")}};
    return letters.value(c);
}

inline bool isLatinLetterBlock(char32_t c)
{
    return (c >= 0xc0 && c < 0x250) || (c >= 0x1e00 && c < 0x1f00);
}

inline QString caseFolded(char32_t c)
{
    return QString::fromUcs4(&c, 1).toCaseFolded();
}

/// One code point folded: Latin letters to their base letter without marks (NFD), lower
/// case, letters without a decomposition as withoutDecomposition() says; combining marks
/// dropped; anything else case-folded.
inline QString foldCodePoint(char32_t c, bool transliterate = false)
{
    if (c >= 0x300 && c < 0x370)
        return {};
    if (transliterate) {
        const QString lower = caseFolded(c);
        if (lower == QStringLiteral("ä"))
            return QStringLiteral("ae");
        if (lower == QStringLiteral("ö") || lower == QStringLiteral("ø"))
            return QStringLiteral("oe");
        if (lower == QStringLiteral("ü"))
            return QStringLiteral("ue");
        if (lower == QStringLiteral("å"))
            return QStringLiteral("aa");
    }
    if (!isLatinLetterBlock(c))
        return caseFolded(c);
    const QString decomposed = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_D);
    const QString base = decomposed.left(1).toCaseFolded(); // the rest: combining marks
    const QString special = withoutDecomposition(base.at(0).unicode());
    if (!special.isEmpty())
        return special;
    return base;
}

inline QString fold(const QString &text, bool transliterate = false)
{
    QString out;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints)
        out += foldCodePoint(char32_t(c), transliterate);
    return out;
}

/// A phone number with its country: separators (spaces, - . ( ) and Unicode dashes) out,
/// "(0)" after the country code out, 00 read as +. Empty when that leaves no "+digits".
inline QString international(const QString &typed)
{
    // "(0)" after a digit is a trunk prefix that is not dialled after a country code.
    QString s = typed;
    for (qsizetype at = s.indexOf(QLatin1String("(0)")); at >= 0;
         at = s.indexOf(QLatin1String("(0)"), at)) {
        if (std::any_of(s.cbegin(), s.cbegin() + at, [](QChar c) { return c.isDigit(); }))
            s.remove(at, 3);
        else
            ++at;
    }
    QString out;
    for (const QChar c : s) {
        if (c.isDigit() && c.unicode() < 0x80)
            out += c;
        else if (c == u'+' && out.isEmpty())
            out += c;
        else if (!(c.category() == QChar::Separator_Space || c == u'-' || c == u'.' || c == u'('
                     || c == u')' || (c.unicode() >= 0x2010 && c.unicode() <= 0x2013)
                     || c.unicode() == 0x2212))
            return {};
    }
    if (out.startsWith(QLatin1String("00")))
        out = QLatin1Char('+') + out.mid(2);
    return out.size() >= 2 && out.startsWith(QLatin1Char('+')) ? out : QString();
}

/// The fields a query is matched against (and compared with for the ranking).
inline QStringList fieldsOf(const QJsonObject &user)
{
    const QString name = field(user, "first_name") + QLatin1Char(' ') + field(user, "last_name");
    const QString phone = field(user, "mobile_phone_number");
    QStringList fields {fold(name), fold(field(user, "email")), fold(phone),
        fold(field(user, "human_id")), international(phone), fold(name, true)};
    fields.removeAll(QString());
    return fields;
}

/// Calling code and trunk prefix of the countries the tests use.
struct Country
{
    QString callingCode;
    QString trunk;
};

inline std::optional<Country> countryOf(const QString &isoCode)
{
    if (isoCode == QLatin1String("NO"))
        return Country {QStringLiteral("47"), QString()};
    if (isoCode == QLatin1String("DE"))
        return Country {QStringLiteral("49"), QStringLiteral("0")};
    if (isoCode == QLatin1String("GB"))
        return Country {QStringLiteral("44"), QStringLiteral("0")};
    return std::nullopt;
}

/// A query read as the server documents it.
struct Query
{
    QList<QStringList> terms; ///< every term must match, each through one of its texts
    QStringList exact; ///< a user with a field equal to one of these ranks first
};

inline bool isPhoneWord(const QString &word)
{
    bool digit = false;
    for (const QChar c : word) {
        if (c.unicode() >= '0' && c.unicode() <= '9')
            digit = true;
        else if (!QStringLiteral("+-.()\u2010\u2011\u2012\u2013\u2212").contains(c))
            return false;
    }
    return digit;
}

inline Query parse(const QString &typed, const QString &countryCode)
{
    QStringList words;
    QString word;
    for (const QChar c : QString(typed + QLatin1Char(' '))) {
        if (c.category() == QChar::Separator_Space) {
            if (!word.isEmpty())
                words << word;
            word.clear();
        } else {
            word += c;
        }
    }
    const std::optional<Country> country = countryOf(countryCode);
    Query q;
    QString phoneOfWholeQuery;
    for (qsizetype i = 0; i < words.size();) {
        QStringList texts;
        if (!isPhoneWord(words.at(i))) {
            texts << fold(words.at(i));
            ++i;
        } else {
            const qsizetype first = i;
            QStringList group;
            while (i < words.size() && isPhoneWord(words.at(i)))
                group << words.at(i++);
            const QString written = group.join(QLatin1Char(' '));
            QString digits;
            for (const QChar c : written) {
                if (c.unicode() >= '0' && c.unicode() <= '9')
                    digits += c;
            }
            texts << fold(written);
            QString e164 = international(written);
            if (!e164.isEmpty()) {
                texts << e164;
            } else {
                texts << digits;
                QString national = digits;
                if (country && !country->trunk.isEmpty() && digits.startsWith(country->trunk))
                    national = digits.mid(country->trunk.size());
                if (country && national != digits)
                    texts << QLatin1Char('+') + country->callingCode + national;
                if (country && !national.isEmpty())
                    e164 = QLatin1Char('+') + country->callingCode + national;
            }
            if (first == 0 && i == words.size())
                phoneOfWholeQuery = e164;
        }
        texts.removeAll(QString());
        texts.removeDuplicates();
        if (!texts.isEmpty())
            q.terms << texts;
    }
    if (words.size() == 1)
        q.exact << fold(words.constFirst());
    q.exact << phoneOfWholeQuery;
    q.exact.removeAll(QString());
    return q;
}

inline bool matches(const QJsonObject &user, const Query &q)
{
    const QStringList fields = fieldsOf(user);
    for (const QStringList &term : q.terms) {
        const bool found = std::any_of(term.cbegin(), term.cend(), [&fields](const QString &text) {
            return std::any_of(fields.cbegin(), fields.cend(),
                [&text](const QString &f) { return f.contains(text); });
        });
        if (!found)
            return false;
    }
    return true;
}

inline bool isExact(const QJsonObject &user, const Query &q)
{
    const QStringList fields = fieldsOf(user);
    return std::any_of(q.exact.cbegin(), q.exact.cend(),
        [&fields](const QString &key) { return fields.contains(key); });
}

/// The ids a search for `typed` answers among `users` (deleted ones included only when
/// they are in `users`): the exact matches first, each part in the order of `sortField`
/// (ties by _id, in the same direction).
inline QStringList expectedIds(const QJsonArray &users, const QString &typed,
    const QString &countryCode = QStringLiteral("NO"),
    const QString &sortField = QStringLiteral("created"), bool descending = true)
{
    const Query q = parse(typed, countryCode);
    const auto key = [&sortField](const QJsonObject &d) {
        return d.value(sortField);
    };
    const QJsonArray matched
        = ApiTest::filtered(users, [&q](const QJsonObject &u) { return matches(u, q); });
    return ApiTest::expectedOrder(
               ApiTest::filtered(matched, [&q](const QJsonObject &u) { return isExact(u, q); }),
               key, descending)
        + ApiTest::expectedOrder(
            ApiTest::filtered(matched, [&q](const QJsonObject &u) { return !isExact(u, q); }), key,
            descending);
}

/// Whether a user's name ("first last", so either name alone too) or email contains `query`,
/// folded as the users search folds: the customers a search of orders, subscriptions or
/// payments finds (docs/API.md). Missing names count as empty.
inline bool customerMatches(const QJsonObject &user, const QString &query)
{
    const QString q = fold(query);
    return fold(field(user, "first_name") + QLatin1Char(' ') + field(user, "last_name")).contains(q)
        || fold(field(user, "email")).contains(q);
}

} // namespace SearchOracle
