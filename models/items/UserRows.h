// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/DecodeError.h"
#include "models/codec/ObjectId.h"
#include "models/items/RowStore.h"
#include "models/items/TextArena.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>
#include <limits>
#include <string>

class User;

/// One user as the Users table shows it: 80 bytes, with its texts in the TextArena of the
/// UserRows that holds it. Dates are milliseconds since the epoch (UTC), NoTime when absent.
struct UserRow
{
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    qint64 created = NoTime;
    qint64 lastLogin = NoTime;
    TextRef humanId;
    TextRef firstName;
    TextRef lastName;
    TextRef email;
    TextRef phone;
    TextRef tags; ///< UTF-8, each tag preceded by UserRows::TagSeparator
    std::array<quint8, 12> id {};
    quint8 flags = 0; ///< UserRows::Flag
};

/// The rows of the Users table: compact rows that never move, their texts in one arena, and
/// the decoder that reads a page of GET /users (or /users/search) straight into them with
/// simdjson. Only the shown fields are decoded, with exactly the tolerance of User::fromJson
/// (missing, null, "", {} and the tolerated forms of ids, dates, texts and booleans); the
/// other members are skipped and checked by the full codec when one user is opened.
class UserRows final : public RowStore<UserRow>
{
public:
    enum Flag : quint8 {
        Deleted = 0x1,
        Blocked = 0x2,
    };
    static constexpr char TagSeparator = '\x1f';

    UserRows() = default;

    /// "First Last", either part may be empty.
    QString name(const UserRow &row) const;
    QStringList tags(const UserRow &row) const;
    /// The tags joined by \a separator.
    QString tagsText(const UserRow &row, QLatin1String separator) const;

    /// Decodes one page body (a JSON array of users) and appends every user of it, or
    /// nothing with \a error naming the element and member at fault ("[3].email").
    bool appendPage(const QByteArray &body, DecodeError *error);
    /// Overwrites one row with a user decoded by the full codec (after an edit).
    void assign(int row, const User &user);
    /// The row of the user with this id, or -1.
    int indexOf(const ObjectId &id) const;
    void clear();

private:
    std::string m_tagBuffer;
};
