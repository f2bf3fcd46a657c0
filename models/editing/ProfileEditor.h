// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "models/domain/User.h"
#include "models/editing/ProfileMerge.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class ApiClient;
class ApiReply;

/// The logic behind a user's profile form, without widgets: the record as loaded (the base,
/// with its ETag), the edits made on it, validation as you type, and a save that never
/// overwrites someone else's change ("nothing is lost", docs/API.md "Writes").
///
/// - Edits: setValue()/setText()/setTags()/setBillingAddress()/setDefaultPaymentMethod() and
///   setAddresses(). A field is dirty while its edited value differs from the base; save()
///   sends only the dirty fields (User::patch), then the address list if it was edited.
/// - Stale copies: with an ETag every write carries If-Match; against a server that sends no
///   ETag, the record is read just before writing and a different `modified` counts as a
///   conflict, so nothing is written. A conflict (412 or that check) reads the current record
///   and merges three ways (ProfileMerge): changes only the server made are taken, edits only
///   this editor made are kept and saved again at once; units both changed differently wait
///   in conflicts() for resolveConflicts() or reloadDiscardingEdits().
/// - Failed writes keep every edit, expose the ApiError (a 400 naming a field is shown on that
///   field) and can simply be saved again. A write that timed out or got a 5xx may have been
///   applied: the retry is still conditional, and when the server already holds the intended
///   values the merge finds nothing left to save and reports success (reliability E5).
class ProfileEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditor)

public:
    enum class State {
        Empty, ///< nothing loaded yet
        Loading, ///< reading the record (first load or reload)
        Ready, ///< loaded; edits may be made and saved
        Saving, ///< writing (or reading just before/after a write)
        Deleting,
        Conflict, ///< a save met changes by someone else that need a choice (conflicts())
    };
    Q_ENUM(State)

    /// \a client must outlive the editor.
    explicit ProfileEditor(ApiClient *client, QObject *parent = nullptr);
    ~ProfileEditor() override;

    State state() const { return m_state; }
    bool isBusy() const
    {
        return m_state == State::Loading || m_state == State::Saving || m_state == State::Deleting;
    }
    bool isLoaded() const { return m_loaded; }
    QString userId() const { return m_userId; }

    /// GET /users/{id}. Edits made so far are dropped.
    void load(const QString &userId);
    /// Uses a record the caller already has (\a etag may be empty: no ETag known).
    void setRecord(const User &user, const QByteArray &etag);
    /// Reads the record again and merges it with the edits (conflicts() when both changed).
    void reload();
    /// Restores a draft: \a base is the record the edits were made on, \a edits maps unit keys
    /// (ProfileUnits) to edited values. The record is then read again and merged, so the
    /// normal conflict check protects what was restored. False when \a base does not decode.
    bool restoreDraft(const QJsonObject &base, const QByteArray &etag, const QJsonObject &edits);

    /// The record as loaded (what edits are compared with, "You started from").
    const User &base() const { return m_base; }
    /// The base with every edit applied.
    const User &edited() const { return m_edited; }
    QByteArray etag() const { return m_etag; }

    // Edits. Each emits changed() when it changes anything; none is sent before save().
    QJsonValue value(UserField field) const { return m_edited.editable(field); }
    bool setValue(UserField field, const QJsonValue &value);
    /// For the text fields (names, title, email, phone, bio, note).
    void setText(UserField field, const QString &text);
    QString text(UserField field) const;
    void setTags(const QStringList &tags);
    void setBillingAddress(const Address &address);
    /// An invalid id clears the default payment method.
    void setDefaultPaymentMethod(const ObjectId &id);
    void setAddresses(const QList<Address> &addresses);

    bool isDirty(UserField field) const;
    bool isAddressesDirty() const;
    /// Any field or the address list.
    bool isDirty() const;
    QList<UserField> dirtyFields() const;
    /// Unit keys (ProfileUnits) of everything edited.
    QStringList dirtyKeys() const;
    /// The body save() would send to PUT /users/{id}: User::patch() of the dirty fields.
    QJsonObject patch() const;
    /// The edits as unit key -> edited value (drafts).
    QJsonObject edits() const;

    void revert(UserField field);
    void revertAddresses();
    /// Drops every edit (and any pending conflict, keeping the server's values).
    void revertAll();

    /// Why the field's edited value cannot be saved: a local check (email shape, E.164) while
    /// the field is dirty, or the server's 400 naming the field until the field is edited.
    QString validationError(UserField field) const;
    /// Same for the address list (server errors only).
    QString addressesError() const;
    /// True when no dirty field has a validation error.
    bool isValid() const;

    /// Writes an edited phone number in E.164 ("+47 929 23 131" becomes "+4792923131") when
    /// it can be (Validation::normalizedPhone()); save() does this first.
    void normalizePhone();
    /// The calling code of the company's default country (digits, e.g. "47"; Session::company()):
    /// a phone number written without a country code ("929 23 131") is from there. Empty, such
    /// a number is refused with a message that asks for the country code.
    void setDefaultCallingCode(const QString &digits);
    QString defaultCallingCode() const { return m_callingCode; }
    /// Writes the edits. False (and nothing sent) when not loaded, busy, in conflict,
    /// invalid or unchanged.
    bool save();
    /// The last save or delete failed: its error (None after a success or an edit-free
    /// reload).
    ApiError lastError() const { return m_lastError; }

    /// Units both sides changed; non-empty in State::Conflict.
    QList<MergeConflict> conflicts() const { return m_conflicts; }
    /// Settles the conflicts (units without a choice keep mine) and, when \a thenSave, saves.
    void resolveConflicts(const QHash<QString, ConflictChoice> &choices, bool thenSave = true);
    /// Takes the server's record as it is now and drops every edit.
    void reloadDiscardingEdits();

    /// Soft delete (DELETE /users/{id}), conditional like a save. Edits are kept.
    bool deleteUser();

    /// Local check of one value, as validationError() applies it ("" when fine).
    /// \a callingCode: as setDefaultCallingCode().
    static QString checkValue(
        UserField field, const QString &text, const QString &callingCode = QString());

Q_SIGNALS:
    void stateChanged(ProfileEditor::State state);
    /// Values, dirty state or validation changed (edits, loads, merges, saves).
    void changed();
    /// A load or reload finished (the base was replaced).
    void loaded();
    void loadFailed(const ApiError &error);
    /// Everything was written; \a changes lists each unit's value before and after (empty
    /// when the server already held the edits). Emitted once per write that changed
    /// something, so a save of fields and addresses may emit it twice.
    void saved(const QList<FieldChange> &changes);
    /// The save is over and nothing is left to write.
    void saveFinished();
    void saveFailed(const ApiError &error);
    /// A save or reload met changes by someone else that need a choice.
    void conflictsFound(const QList<MergeConflict> &conflicts);
    void deleted(const QList<FieldChange> &changes);
    void deleteFailed(const ApiError &error);

private:
    enum class Step {
        None,
        Load,
        Reload,
        CheckBeforeWrite,
        WriteProfile,
        WriteAddresses,
        ReadAfterConflict,
        CheckBeforeDelete,
        Delete,
        ReadAfterDeleteConflict
    };

    void setState(State state);
    /// Drops a load or reload under way (never a write).
    void abandonRead();
    void startStep(Step step);
    void onReply(Step step, const ApiReply &reply);
    void continueSave();
    void finishSave();
    void failWrite(const ApiError &error);
    void rebase(const User &theirs, const QByteArray &etag, bool continueAfter);
    void applyWritten(const User &written, const QByteArray &etag, const QStringList &keys,
        QList<FieldChange> *changes);
    void clearServerError(const QString &key);
    /// Forgets what earlier saves left: conflicts, server errors, uncertain writes, the error.
    void forgetOutcomes();
    /// Applies \a change to a copy of the edited user; when that changes anything, it becomes
    /// the edited user, the field's server error goes and changed() is emitted.
    void edit(UserField field, const std::function<void(User &)> &change);
    std::optional<User> decodeRecord(const ApiReply &reply, ApiError *error) const;

    ApiClient *m_client;
    QString m_callingCode;
    QPointer<ApiReply> m_reply;
    Step m_step = Step::None;
    State m_state = State::Empty;
    bool m_loaded = false;
    QString m_userId;
    User m_base;
    User m_edited;
    QByteArray m_etag;
    QList<MergeConflict> m_conflicts;
    ApiError m_lastError;
    /// Server 400s by unit key ("email", "addresses").
    QHash<QString, QString> m_serverErrors;
    /// The units the write under way carries, with the values sent.
    QHash<QString, QJsonValue> m_sent;
    /// Units of a write that failed in a way that may have applied it (timeout, 5xx).
    QStringList m_uncertainKeys;
    /// The base was just read or written, so a server without ETags needs no new check.
    bool m_checked = false;
    /// Automatic re-saves after a conflict without choices; bounded so that a server that
    /// changes all the time cannot keep the editor writing forever.
    int m_rounds = 0;
};
