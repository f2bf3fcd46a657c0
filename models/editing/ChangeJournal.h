// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QIODevice;

/// One change this app wrote to a server: who, when, where, which user, which field, and the
/// value before and after.
struct JournalEntry
{
    /// When the server accepted the change (UTC).
    QDateTime time;
    /// Who made it: the connection profile's name, and the token's subject when known.
    QString actor;
    /// The server (canonical base URL).
    QString server;
    QString userId;
    QString humanId;
    QString userName;
    /// The unit key (ProfileUnits: "email", "tags", "addresses") or "deleted"; for another
    /// record of the user (recordType), that record's field ("order_status").
    QString field;
    /// Empty for the user's own profile; "order" for one of the user's orders, whose _id and
    /// human id follow (userId and the names are then its customer's).
    QString recordType;
    QString recordId;
    QString recordHumanId;
    QJsonValue before;
    QJsonValue after;

    QJsonObject toJson() const;
    static std::optional<JournalEntry> fromJson(const QJsonObject &json);
    /// A value as compact JSON text ("\"a@b.c\"", "[\"vip\"]"); empty for undefined.
    static QString valueText(const QJsonValue &value);

    friend bool operator==(const JournalEntry &a, const JournalEntry &b)
    {
        return a.toJson() == b.toJson();
    }
};

/// The local, append-only journal of every change this app saved, also where the server keeps
/// no audit log: JSON lines in <AppDataLocation>/journal.jsonl, readable by the owner only.
/// Each append writes whole lines in one write and flushes; a line cut short by a crash is
/// skipped when reading, so the rest of the journal stays readable. Several instances of the
/// app may append to the same file; reload() reads what the others wrote.
class ChangeJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeJournal)

public:
    explicit ChangeJournal(const QString &filePath = defaultFilePath(), QObject *parent = nullptr);
    ~ChangeJournal() override;

    /// <AppDataLocation>/journal.jsonl.
    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    /// Appends \a entries to the file and to entries(). False with a reason when the file
    /// cannot be written (the entries are then kept in memory only).
    bool append(const QList<JournalEntry> &entries, QString *error = nullptr);
    /// Every entry, oldest first.
    const QList<JournalEntry> &entries() const { return m_entries; }
    /// Reads the file again.
    void reload();
    /// Lines of the file that could not be read at the last reload.
    int skippedLines() const { return m_skipped; }

    /// CSV (CsvWriter: RFC 4180, UTF-8) with a header: Time (UTC), Who, Server, User id,
    /// Human id, User, Field, Before, After; values as JSON text.
    static bool writeCsv(
        QIODevice *device, const QList<JournalEntry> &entries, QString *error = nullptr);
    static bool exportCsv(
        const QString &path, const QList<JournalEntry> &entries, QString *error = nullptr);

Q_SIGNALS:
    void appended(const QList<JournalEntry> &entries);
    void reloaded();

private:
    QString m_filePath;
    QList<JournalEntry> m_entries;
    int m_skipped = 0;
};
