// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

/// The unsaved edits of one user's profile, as kept on disk until they are saved or
/// discarded. Holds customer data only, never a credential.
struct Draft
{
    /// The connection profile the edits were made under (drafts are never offered under
    /// another one: a production draft must not reach staging).
    QString profileKey;
    QString userId;
    /// The user's name and human id when the draft was written, for the restore offer.
    QString userName;
    QString humanId;
    /// The record the edits were made on, and its ETag (may be empty).
    QJsonObject base;
    QByteArray etag;
    /// Unit key (ProfileUnits: "email", "tags", "addresses"...) -> edited value.
    QJsonObject edits;
    /// When the draft was written (UTC); set by the store when invalid.
    QDateTime savedAt;

    QStringList editedKeys() const { return edits.keys(); }
    /// The company of the user the draft is about, as its base record names it.
    QString companyId() const;
    QJsonObject toJson() const;
    static std::optional<Draft> fromJson(const QJsonObject &json);
};

/// Crash-safe drafts of unsaved edits: one small JSON file per (profile, user) under
/// <AppDataLocation>/drafts, written atomically (QSaveFile) and readable by the owner only.
/// stage() writes after a short delay, so typing does not write on every key; a newer draft
/// of the same user replaces the one waiting. Pending drafts are written on destruction and
/// by flush(); a crash loses at most the last delay's worth of typing.
class DraftStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftStore)

public:
    explicit DraftStore(const QString &directory = defaultDirectory(), QObject *parent = nullptr);
    ~DraftStore() override;

    /// <AppDataLocation>/drafts.
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    /// Delay of stage() (default 500 ms).
    void setDelayMs(int ms) { m_timer.setInterval(ms); }
    int delayMs() const { return m_timer.interval(); }

    /// Writes \a draft after the delay.
    void stage(const Draft &draft);
    /// Writes \a draft now (and drops a staged one of the same user). False with a reason in
    /// \a error when the file cannot be written or the draft names no valid user.
    bool write(const Draft &draft, QString *error = nullptr);
    /// Writes every staged draft now.
    void flush();
    bool hasStaged() const { return !m_staged.isEmpty(); }
    /// The delay of stage() is running: staged drafts are written when it ends.
    bool isWritePending() const { return m_timer.isActive(); }

    /// Forgets the draft (staged or written) of one user.
    void remove(const QString &profileKey, const QString &userId);
    std::optional<Draft> draft(const QString &profileKey, const QString &userId) const;
    /// The drafts of one profile, newest first. Unreadable files are skipped (and logged).
    QList<Draft> drafts(const QString &profileKey) const;

    /// Files the drafts of other keys for which \a belongs is true under \a profileKey
    /// instead (written anew, the old file removed); returns how many. Used to take over
    /// drafts filed under a connection's URL once its stable identity is known.
    int refile(const QString &profileKey, const std::function<bool(const Draft &)> &belongs);

Q_SIGNALS:
    /// A staged draft could not be written (disk full, no permission).
    void writeFailed(const QString &message);

private:
    QString profileDirectory(const QString &profileKey) const;
    QString filePath(const QString &profileKey, const QString &userId) const;
    static QString stagingKey(const QString &profileKey, const QString &userId);
    std::optional<Draft> readFile(const QString &path, const QString &profileKey) const;

    QString m_directory;
    QHash<QString, Draft> m_staged;
    QTimer m_timer;
};
