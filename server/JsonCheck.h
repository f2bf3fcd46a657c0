// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Server {

/// Strict reading of JSON text that comes from clients, run before QJsonDocument parses it.
///
/// QJsonDocument accepts raw control characters inside strings, replaces invalid UTF-8
/// silently, accepts \u escapes that leave a lone surrogate and skips a leading byte order
/// mark. The server stores what a client sent byte for byte (RawJson), so any of those would
/// be stored and served back as invalid JSON, or be read differently by the next parser.
/// check() accepts exactly RFC 8259 JSON text in strict UTF-8 that QJsonDocument can read
/// (numbers within the range of a double, at most ParserMaxDepth levels) and says where it is
/// not.
class JsonCheck
{
    Q_DECLARE_TR_FUNCTIONS(JsonCheck)

public:
    /// QJsonDocument's own nesting limit: check() never accepts deeper text, whatever
    /// limit it is given.
    static constexpr int ParserMaxDepth = 1024;

    enum class Problem {
        None,
        ByteOrderMark, ///< the text starts with EF BB BF
        Syntax, ///< not JSON: grammar, or a byte that is not ASCII outside a string
        InvalidUtf8, ///< inside a string: overlong, surrogate, > U+10FFFF, truncated, stray
        ControlCharacter, ///< a raw U+0000..U+001F inside a string (a key or a value)
        LoneSurrogate, ///< a \u escape that leaves a high or low surrogate without its pair
        NulCharacter, ///< \u0000: no stored text may hold U+0000
        TooDeep, ///< arrays and objects nested deeper than the caller's limit
        NumberOutOfRange, ///< a number a double cannot hold (QJsonDocument refuses it)
    };

    /// One step from a container to a value in it: a member name, or an index in an array.
    struct Step
    {
        QString key; ///< null for an array element
        qsizetype index = -1; ///< -1 for an object member

        bool isIndex() const { return index >= 0; }
        bool operator==(const Step &other) const
        {
            return key == other.key && index == other.index;
        }
    };

    struct Result
    {
        Problem problem = Problem::None;
        qsizetype offset = 0; ///< byte offset of the problem
        /// The steps from the root to the value the problem is in. Empty when it is not inside
        /// any member or element: always for ByteOrderMark and Syntax. A problem inside a
        /// member name is reported at the object that holds the member.
        QList<Step> path;
        int depthLimit = 0; ///< the limit exceeded, for TooDeep

        bool isValid() const { return problem == Problem::None; }
        /// A sentence for a person, with the offset.
        QString message() const;
    };

    /// Checks that `json` is exactly one JSON value with optional whitespace around it, in
    /// strict UTF-8, with no raw control character inside a string, no lone surrogate escape and
    /// at most `maxDepth` levels of arrays and objects (the root container is level 1; a limit
    /// over ParserMaxDepth counts as ParserMaxDepth).
    ///
    /// Text that is not JSON (Syntax, ByteOrderMark) is reported as such, before any problem in
    /// a value; otherwise the first problem in document order is reported. Never reads past the
    /// end of `json`; runs in linear time, with one bit of memory per level below `maxDepth`.
    static Result check(QByteArrayView json, int maxDepth = ParserMaxDepth);

    /// The number of Unicode code points in `text` (a surrogate pair counts once).
    static qsizetype codePoints(QStringView text);
};

} // namespace Server
