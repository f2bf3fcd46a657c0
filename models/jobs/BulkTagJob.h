// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "models/domain/User.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class ApiClient;
class ApiReply;
class ChangeJournal;

/// One selected user, as the table showed it when the bulk action was planned.
struct BulkTagTarget
{
    QString id; ///< _id, 24 hex digits
    QString humanId;
    QString name;
    QStringList tags;
    bool deleted = false;
};

/// Adds one tag to, or removes it from, a set of users: the plan (which of them it changes,
/// computed from the tags the table showed) and the run.
///
/// The run never overwrites a concurrent edit. For each user the plan affects it reads the
/// user again (GET /users/{id}, for its current tags and ETag), changes the tag in that fresh
/// list and writes `{"tags": [...]}` with If-Match. A 412 (someone wrote in between) reads
/// and tries once more; a second 412 is reported as a failure. A user who already has the tag
/// (or no longer has it) by then is skipped without a write; a user deleted since the plan
/// fails rather than being changed. Users are handled one after the other (no burst of writes
/// against a rate limit).
///
/// cancel() aborts a read in flight at once but lets a write in flight finish (the server may
/// already have applied it; its true outcome is reported); the users not reached are reported
/// as canceled.
class BulkTagJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkTagJob)

public:
    enum class Mode { Add, Remove };
    Q_ENUM(Mode)

    enum class Outcome {
        Pending, ///< not reached yet
        Added,
        Removed,
        Skipped, ///< nothing to change: already has the tag (Add) or does not have it (Remove)
        Failed,
        Canceled,
    };
    Q_ENUM(Outcome)

    struct Result
    {
        BulkTagTarget target;
        Outcome outcome = Outcome::Pending;
        /// Why it failed or was skipped, for a person.
        QString message;
        /// The API's error when a request failed.
        ApiError error;
    };

    /// The plan shown before anything is written.
    struct Preview
    {
        int selected = 0;
        int affected = 0; ///< users the action changes
        int unaffected = 0; ///< users that already have (Add) or lack (Remove) the tag
    };

    explicit BulkTagJob(QObject *parent = nullptr);
    ~BulkTagJob() override;

    /// Tags are compared exactly (the server's tag filter is case-sensitive).
    static bool changes(Mode mode, const QString &tag, const QStringList &tags);
    /// \a tags with \a tag added at the end, or with every copy of it removed.
    static QStringList applied(Mode mode, const QString &tag, const QStringList &tags);
    static Preview preview(Mode mode, const QString &tag, const QList<BulkTagTarget> &targets);
    /// A tag the API can filter by: not empty, no comma (the tags filter is comma-separated),
    /// no leading or trailing blanks. Empty when valid, else why not.
    static QString validateTag(const QString &tag);

    /// Starts the run; false when \a client is null, \a tag is not valid or a run is going on.
    bool start(
        ApiClient *client, Mode mode, const QString &tag, const QList<BulkTagTarget> &targets);
    void cancel();

    /// Records each user the run changes in \a journal (may be null: nothing recorded), one
    /// entry per user: the field "tags" with the tags before and after the write, by \a actor
    /// on \a server. Set before start(); \a journal must outlive the run.
    void setJournal(ChangeJournal *journal, const QString &actor, const QString &server);
    /// Why the journal could not be written during the last run; empty when it could.
    QString journalError() const { return m_journalError; }

    bool isRunning() const { return m_running; }
    Mode mode() const { return m_mode; }
    QString tag() const { return m_tag; }
    /// One result per target, in the order given.
    QList<Result> results() const { return m_results; }
    /// Users handled so far (written, skipped, failed) of those the plan affects.
    int done() const { return m_done; }
    /// Users the plan affects (the number of writes at most).
    int total() const { return m_affected; }
    int count(Outcome outcome) const;

    /// The results as tab-separated text with a header line, for the clipboard.
    QString reportText() const;
    static QString outcomeText(Outcome outcome);

Q_SIGNALS:
    void progress(int done, int total);
    /// Just before the write of \a userId is sent (its fresh record was just read). A slot may
    /// change that user elsewhere, which is how tests stage a concurrent edit.
    void aboutToWrite(const QString &userId);
    /// The server's record of a user after a successful write (to refresh a table row).
    void userUpdated(const User &user);
    void finished();

private:
    void next();
    /// Makes \a reply the request in flight; \a then gets its answer unless the run ended.
    void follow(ApiReply *reply, const std::function<void(const ApiReply &)> &then);
    void read(int index);
    void onRead(int index, const ApiReply &reply);
    void onWritten(int index, const ApiReply &reply);
    void settle(int index, Outcome outcome, const QString &message, const ApiError &error = {});
    void finishRun();

    void record(int index, const QStringList &before, const User &after);

    QPointer<ApiClient> m_client;
    QPointer<ApiReply> m_reply;
    QPointer<ChangeJournal> m_journal;
    QString m_actor;
    QString m_server;
    QString m_journalError;
    /// The tags of the record the write in flight was computed from.
    QStringList m_beforeTags;
    bool m_writing = false;
    Mode m_mode = Mode::Add;
    QString m_tag;
    QList<Result> m_results;
    int m_current = -1;
    int m_attempt = 0;
    int m_done = 0;
    int m_affected = 0;
    quint64 m_run = 0;
    bool m_running = false;
    bool m_cancelRequested = false;
};
