// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

namespace Server {

/// What the users search compares (docs/SERVER.md, "Search"): texts folded so that case,
/// accents and letter variants do not matter, on both sides.
///
/// fold() lower-cases and takes Latin letters to plain ASCII: ø→o, æ→ae, å→a, ä→a, ö→o,
/// ü→u, ß→ss, ł→l, é→e, ñ→n, ō→o, þ→th... (the table is in SearchText.cpp, one entry per
/// letter of Latin-1 and Latin Extended-A; the precomposed letters of Latin Extended-B and
/// Latin Extended Additional lose their marks by their Unicode decomposition; combining
/// marks are dropped). Other scripts are only case-folded (simple folding). Folding is done
/// character by character, so a text's substring folds to a substring of the folded text.
///
/// The stored search text of a user (of()) is these fields, folded, joined by U+001F:
///   1. first name, a space, last name
///   2. email
///   3. phone, as stored
///   4. human_id
///   5. the phone's international form (+ and digits), when it differs from field 3
///   6. the name spelled the German and Scandinavian way, when it differs from field 1:
///      ä, æ→ae, ö, ø, œ→oe, ü→ue, å→aa (so "Juergen" and "Haakon" find Jürgen and Håkon,
///      while "Jurgen" and "Hakon" find them through field 1)
/// A query is folded with fold() and matched against every field; the fields are separate,
/// so no word of a query can match across two of them.
namespace SearchText {

/// The unit separator that joins the fields.
inline constexpr char16_t FieldSeparator = 0x1f;

/// `text` folded: lower case, Latin letters without accents or variants.
QString fold(QStringView text);
/// As fold(), but ä, ö, ü, ø, å (and their capitals) become ae, oe, ue, oe, aa.
QString foldTransliterated(QStringView text);

/// The stored search text of a user with these fields (see above).
QString of(const QString &firstName, const QString &lastName, const QString &email,
    const QString &phone, const QString &humanId);

} // namespace SearchText

/// A users search query as typed, read into what a user must match (docs/SERVER.md, "Search").
///
/// The query is cut into words at spaces (any Unicode space separator); other characters,
/// control characters too, belong to the words. Every word must be contained in some field
/// of the user's search text, in any order. A run of words made of digits and phone
/// punctuation (`+`, `(`, `)`, `-`, `.`, with at least one digit) is one phone number,
/// compared as digits (see Term). A query that is exactly a user's email, human_id or phone
/// number (in any of its written forms) ranks that user first.
class SearchQuery
{
public:
    /// One word or phone number of the query: it matches a search text that contains any of
    /// its alternatives (folded, UTF-8).
    struct Term
    {
        QList<QByteArray> alternatives;
    };

    /// Reads `typed`. `country`: the ISO code of the company's default country, which turns a
    /// phone number written without a country code into E.164.
    static SearchQuery parse(QStringView typed, QStringView country);

    /// Whether the query constrains nothing (empty, or only spaces): every user matches.
    bool isEmpty() const { return m_terms.isEmpty(); }
    /// Every term must match.
    const QList<Term> &terms() const { return m_terms; }
    /// A user whose search text has a field equal to one of these ranks first.
    const QList<QByteArray> &exactKeys() const { return m_exactKeys; }
    /// The query as typed.
    const QString &typed() const { return m_typed; }
    /// Identifies what the query matches and ranks (for caches): two queries with the same
    /// key give the same answer.
    const QByteArray &key() const { return m_key; }

    /// Whether a field of `searchText` (a stored search text, UTF-8) equals one of
    /// exactKeys().
    bool isExact(QByteArrayView searchText) const;

private:
    QString m_typed;
    QList<Term> m_terms;
    QList<QByteArray> m_exactKeys;
    QByteArray m_key;
};

} // namespace Server
