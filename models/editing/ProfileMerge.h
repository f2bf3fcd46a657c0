// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/domain/User.h"
#include "models/domain/UserField.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// The units a profile is edited and merged in: the editable fields of PUT /users/{id}, by
/// their JSON key ("first_name"...), and the address list ("addresses", PUT .../addresses),
/// which is one unit: the list is replaced as a whole.
namespace ProfileUnits {

/// "addresses".
QString addressesKey();
/// The ten field keys in editor order, then "addresses".
const QStringList &allKeys();
bool isKnownKey(const QString &key);
/// "First name", "Addresses"; the key itself for keys not known here ("deleted" gives
/// "Deleted").
QString label(const QString &key);

/// The unit's value in \a user as canonical JSON (editable(); the address list as an array).
QJsonValue value(const User &user, const QString &key);
/// Sets the unit in \a user from JSON as value() gives it; false for an unknown key or a value
/// that does not decode.
bool setValue(User *user, const QString &key, const QJsonValue &value);
/// Whether two values of a unit mean the same: missing, null and empty ("", [], {}) are all
/// "nothing"; references compare by id whatever their form.
bool sameValue(const QString &key, const QJsonValue &a, const QJsonValue &b);

/// A value as a person reads it: text as is, tags joined with ", ", an address on one line,
/// the address list one address per line, "—" for nothing. \a paymentMethodLabel turns a
/// payment method id into its label when the caller knows it.
QString displayText(const QString &key, const QJsonValue &value,
    const QHash<QString, QString> &paymentMethodLabels = {});

} // namespace ProfileUnits

/// One unit both sides changed, differently: what the staff member started from, their edit,
/// and what is on the server now. For the address list, one address (by position) when the
/// list kept its length on both sides.
struct MergeConflict
{
    QString key;
    QJsonValue base;
    QJsonValue mine;
    QJsonValue theirs;
    /// The position of the address this conflict is about; -1 for the whole unit.
    int index = -1;
    /// Both edits combined where they can be (tags as sets); undefined where they cannot.
    QJsonValue merged = QJsonValue(QJsonValue::Undefined);

    /// Identifies the conflict among those of one merge: the key, or "addresses#2".
    QString id() const;
    bool hasMerged() const { return !merged.isUndefined(); }
    /// "Tags", "Address 2".
    QString label() const;

    friend bool operator==(const MergeConflict &a, const MergeConflict &b)
    {
        return a.key == b.key && a.base == b.base && a.mine == b.mine && a.theirs == b.theirs
            && a.index == b.index && a.merged == b.merged;
    }
};

/// One change written to the server: the unit's value before and after ("deleted" for a
/// delete).
struct FieldChange
{
    QString key;
    QJsonValue before;
    QJsonValue after;

    friend bool operator==(const FieldChange &a, const FieldChange &b)
    {
        return a.key == b.key && a.before == b.before && a.after == b.after;
    }
};

/// How a conflicting unit is settled.
enum class ConflictChoice {
    KeepMine,
    TakeTheirs,
    KeepMerged, ///< both edits combined (MergeConflict::merged); only where there is one
};

/// The three-way merge of a profile edit with the record now on the server.
class ProfileMerge
{
public:
    /// What happened to one unit.
    enum class Outcome {
        Unchanged, ///< nobody changed it
        TakenTheirs, ///< only the server changed it: the new value is taken silently
        KeptMine, ///< only the editor changed it: the edit stays (still to be saved)
        Same, ///< both changed it to the same value: nothing left to save
        Conflict, ///< both changed it, differently: someone must choose
        Merged, ///< both changed different addresses of the list: both are kept
    };

    /// Tags merged as sets, relative to \a base: everything \a theirs has, plus what \a mine
    /// added, minus what \a mine removed (theirs' order first, then mine's additions).
    static QStringList mergeTags(
        const QStringList &base, const QStringList &mine, const QStringList &theirs);

    struct Result
    {
        /// The record to save against from now on: the server's.
        User base;
        /// The server's record with the kept edits; conflicting units hold the editor's value
        /// until they are resolved.
        User edited;
        QHash<QString, Outcome> outcomes;
        QList<MergeConflict> conflicts;
    };

    /// Merges the edit \a mine, made on \a base, with \a theirs.
    static Result merge(const User &base, const User &mine, const User &theirs);
    /// Applies choices (by MergeConflict::id()) to a merge's edited record; conflicts without
    /// a choice keep the merged value where there is one, else mine.
    static User resolve(const User &edited, const User &theirs,
        const QList<MergeConflict> &conflicts, const QHash<QString, ConflictChoice> &choices);
};

Q_DECLARE_METATYPE(MergeConflict)
Q_DECLARE_METATYPE(FieldChange)
