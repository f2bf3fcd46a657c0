// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Server {

/// Byte-level helpers for JSON text that must survive a round trip unchanged.
///
/// The server stores every document as the compact JSON it was given and edits only the
/// members a write names, so unknown fields (and the exact spelling of their numbers and
/// escapes) survive every write byte for byte. These functions never re-serialize a value;
/// they find, cut and splice spans of text. Inputs are expected to be valid JSON (validate
/// with QJsonDocument first); on malformed input they return false or an empty result.
namespace RawJson {

/// One member of a JSON object: the decoded key and the raw text of its value.
struct Member
{
    QString key;
    qsizetype keyBegin = 0; ///< offset of the opening quote of the key
    qsizetype valueBegin = 0; ///< offset of the first byte of the value
    qsizetype valueEnd = 0; ///< offset one past the last byte of the value
};

/// Offset one past the end of the JSON value that starts at `pos` (after leading
/// whitespace), or -1 when no complete value starts there.
qsizetype valueEnd(QByteArrayView json, qsizetype pos);

/// The members of the top-level object, in document order. Returns false when `json` is
/// not an object.
bool objectMembers(QByteArrayView json, QList<Member> *members);

/// Spans [begin, end) of the elements of the top-level array. Returns false when `json`
/// is not an array.
bool arrayElements(QByteArrayView json, QList<QPair<qsizetype, qsizetype>> *elements);

/// Whether the top-level object has a key twice (QJsonDocument silently keeps one).
bool hasDuplicateKeys(QByteArrayView json);

/// Removes insignificant whitespace; tokens (strings, numbers, escapes) stay byte-exact.
QByteArray minify(QByteArrayView json);

/// Replaces the value of `key` in the top-level object of `json` with `rawValue`, or appends
/// the member when it is missing. `json` should be compact; returns the new text.
QByteArray setMember(QByteArrayView json, const QString &key, QByteArrayView rawValue);

/// Removes the member `key` (and a comma next to it) from the top-level object of `json`;
/// `json` unchanged when it has no such member. `json` should be compact.
QByteArray removeMember(QByteArrayView json, const QString &key);

/// The raw text of the value of `key`, or a null array when missing.
QByteArray member(QByteArrayView json, const QString &key);

/// `"text"` with JSON escaping (for keys and string values written by the server).
QByteArray quote(const QString &text);

} // namespace RawJson

} // namespace Server
