// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/editing/ChangeJournal.h"

#include "models/ModelsLogging.h"
#include "models/jobs/CsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChangeJournal)
};

const QLatin1String TimeKey("time");
const QLatin1String ActorKey("actor");
const QLatin1String ServerKey("server");
const QLatin1String UserIdKey("user_id");
const QLatin1String HumanIdKey("human_id");
const QLatin1String UserNameKey("user_name");
const QLatin1String FieldKey("field");
const QLatin1String BeforeKey("before");
const QLatin1String AfterKey("after");
const QLatin1String RecordTypeKey("record_type");
const QLatin1String RecordIdKey("record_id");
const QLatin1String RecordHumanIdKey("record_human_id");

} // namespace

QJsonObject JournalEntry::toJson() const
{
    QJsonObject json {
        {TimeKey, time.toUTC().toString(Qt::ISODateWithMs)},
        {ActorKey, actor},
        {ServerKey, server},
        {UserIdKey, userId},
        {HumanIdKey, humanId},
        {UserNameKey, userName},
        {FieldKey, field},
    };
    // Undefined (no value) is left out; null stays null.
    if (!before.isUndefined())
        json.insert(BeforeKey, before);
    if (!after.isUndefined())
        json.insert(AfterKey, after);
    if (!recordType.isEmpty()) {
        json.insert(RecordTypeKey, recordType);
        json.insert(RecordIdKey, recordId);
        json.insert(RecordHumanIdKey, recordHumanId);
    }
    return json;
}

std::optional<JournalEntry> JournalEntry::fromJson(const QJsonObject &json)
{
    JournalEntry entry;
    entry.time = QDateTime::fromString(json.value(TimeKey).toString(), Qt::ISODateWithMs);
    entry.actor = json.value(ActorKey).toString();
    entry.server = json.value(ServerKey).toString();
    entry.userId = json.value(UserIdKey).toString();
    entry.humanId = json.value(HumanIdKey).toString();
    entry.userName = json.value(UserNameKey).toString();
    entry.field = json.value(FieldKey).toString();
    entry.before = json.value(BeforeKey);
    entry.after = json.value(AfterKey);
    entry.recordType = json.value(RecordTypeKey).toString();
    entry.recordId = json.value(RecordIdKey).toString();
    entry.recordHumanId = json.value(RecordHumanIdKey).toString();
    if (!entry.time.isValid() || entry.userId.isEmpty() || entry.field.isEmpty())
        return std::nullopt;
    entry.time = entry.time.toUTC();
    return entry;
}

QString JournalEntry::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default: {
        // A scalar as JSON text: wrap it in an array and strip the brackets.
        const QByteArray text = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(text.mid(1, text.size() - 2));
    }
    }
}

ChangeJournal::ChangeJournal(const QString &filePath, QObject *parent)
    : QObject(parent), m_filePath(filePath)
{
    reload();
}

ChangeJournal::~ChangeJournal() = default;

QString ChangeJournal::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("journal.jsonl"));
}

bool ChangeJournal::append(const QList<JournalEntry> &entries, QString *error)
{
    if (entries.isEmpty())
        return true;
    QByteArray lines;
    for (const JournalEntry &entry : entries) {
        lines += QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
        lines += '\n';
    }
    m_entries.append(entries);
    Q_EMIT appended(entries);

    const QFileInfo info(m_filePath);
    QDir().mkpath(info.absolutePath());
    QFile file(m_filePath);
    const bool existed = file.exists();
    // A line cut short by a crash gets its newline first, so that it costs only itself.
    if (existed && file.size() > 0) {
        QFile tail(m_filePath);
        if (tail.open(QIODevice::ReadOnly) && tail.seek(tail.size() - 1) && tail.read(1) != "\n")
            lines.prepend('\n');
    }
    // Append mode: each write lands at the end, even with another instance appending too.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        const QString message = Text::tr("Cannot write the change journal %1: %2")
                                    .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        qCWarning(lcModels).noquote() << message;
        if (error)
            *error = message;
        return false;
    }
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const bool ok = file.write(lines) == lines.size() && file.flush();
    if (!ok) {
        const QString message = Text::tr("Cannot write the change journal %1: %2")
                                    .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        qCWarning(lcModels).noquote() << message;
        if (error)
            *error = message;
    }
    return ok;
}

void ChangeJournal::reload()
{
    m_entries.clear();
    m_skipped = 0;
    QFile file(m_filePath);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
            std::optional<JournalEntry> entry;
            if (parseError.error == QJsonParseError::NoError && document.isObject())
                entry = JournalEntry::fromJson(document.object());
            if (entry)
                m_entries.append(*entry);
            else
                ++m_skipped;
        }
    }
    if (m_skipped > 0)
        qCWarning(lcModels) << "Change journal:" << m_skipped << "unreadable lines skipped";
    Q_EMIT reloaded();
}

bool ChangeJournal::writeCsv(QIODevice *device, const QList<JournalEntry> &entries, QString *error)
{
    CsvWriter writer(device);
    bool ok = writer.writeRow({Text::tr("Time (UTC)"), Text::tr("Who"), Text::tr("Server"),
        Text::tr("User id"), Text::tr("Human id"), Text::tr("User"), Text::tr("Field"),
        Text::tr("Before"), Text::tr("After")});
    for (const JournalEntry &entry : entries) {
        if (!ok)
            break;
        ok = writer.writeValues({entry.time, entry.actor, entry.server, entry.userId, entry.humanId,
            entry.userName, entry.field, JournalEntry::valueText(entry.before),
            JournalEntry::valueText(entry.after)});
    }
    if (!ok && error)
        *error = writer.errorString();
    return ok;
}

bool ChangeJournal::exportCsv(
    const QString &path, const QList<JournalEntry> &entries, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Text::tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QString writeError;
    if (!writeCsv(&file, entries, &writeError)) {
        file.cancelWriting();
        if (error)
            *error
                = Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), writeError);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = Text::tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
