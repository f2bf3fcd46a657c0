// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/editing/DraftStore.h"

#include "models/Clock.h"
#include "models/ModelsLogging.h"
#include "models/codec/ObjectId.h"
#include "models/domain/User.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)
};

const QString formatValue = QStringLiteral("builton-admin-draft");
constexpr int formatVersion = 1;

const QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QFileDevice::Permissions ownerOnlyDirectory
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

bool makeOwnerOnlyPath(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    QFile::setPermissions(path, ownerOnlyDirectory);
    return true;
}

} // namespace

QJsonObject Draft::toJson() const
{
    return QJsonObject {
        {QStringLiteral("format"), formatValue},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("profile"), profileKey},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("user_name"), userName},
        {QStringLiteral("human_id"), humanId},
        {QStringLiteral("base"), base},
        {QStringLiteral("etag"), QString::fromLatin1(etag)},
        {QStringLiteral("edits"), edits},
        {QStringLiteral("saved_at"), savedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

QString Draft::companyId() const
{
    return User::companyIdOf(base);
}

std::optional<Draft> Draft::fromJson(const QJsonObject &json)
{
    if (json.value(QLatin1String("format")).toString() != formatValue
        || json.value(QLatin1String("version")).toInt() != formatVersion)
        return std::nullopt;
    Draft draft;
    draft.profileKey = json.value(QLatin1String("profile")).toString();
    draft.userId = json.value(QLatin1String("user_id")).toString();
    draft.userName = json.value(QLatin1String("user_name")).toString();
    draft.humanId = json.value(QLatin1String("human_id")).toString();
    draft.base = json.value(QLatin1String("base")).toObject();
    draft.etag = json.value(QLatin1String("etag")).toString().toLatin1();
    draft.edits = json.value(QLatin1String("edits")).toObject();
    draft.savedAt = QDateTime::fromString(
        json.value(QLatin1String("saved_at")).toString(), Qt::ISODateWithMs);
    if (draft.profileKey.isEmpty() || !ObjectId::isCanonical(draft.userId) || draft.base.isEmpty())
        return std::nullopt;
    return draft;
}

DraftStore::DraftStore(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(directory)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &DraftStore::flush);
}

DraftStore::~DraftStore()
{
    flush();
}

QString DraftStore::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("drafts"));
}

QString DraftStore::profileDirectory(const QString &profileKey) const
{
    // The key may be any text (a profile id, a URL): a hash makes it a safe directory name.
    const QByteArray hash
        = QCryptographicHash::hash(profileKey.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(m_directory).filePath(QString::fromLatin1(hash.left(32)));
}

QString DraftStore::filePath(const QString &profileKey, const QString &userId) const
{
    return QDir(profileDirectory(profileKey)).filePath(userId + QStringLiteral(".json"));
}

QString DraftStore::stagingKey(const QString &profileKey, const QString &userId)
{
    return profileKey + QLatin1Char('\n') + userId;
}

void DraftStore::stage(const Draft &draft)
{
    Draft staged = draft;
    if (!staged.savedAt.isValid())
        staged.savedAt = Clock::currentDateTimeUtc();
    m_staged.insert(stagingKey(draft.profileKey, draft.userId), staged);
    if (!m_timer.isActive())
        m_timer.start();
}

bool DraftStore::write(const Draft &draft, QString *error)
{
    m_staged.remove(stagingKey(draft.profileKey, draft.userId));
    if (draft.profileKey.isEmpty() || !ObjectId::isCanonical(draft.userId)) {
        if (error)
            *error = Text::tr("The draft names no connection or no valid user.");
        return false;
    }
    Draft written = draft;
    if (!written.savedAt.isValid())
        written.savedAt = Clock::currentDateTimeUtc();
    if (!makeOwnerOnlyPath(m_directory) || !makeOwnerOnlyPath(profileDirectory(draft.profileKey))) {
        if (error)
            *error = Text::tr("Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(profileDirectory(draft.profileKey)));
        return false;
    }
    const QString path = filePath(draft.profileKey, draft.userId);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Text::tr("Cannot write the draft %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.setPermissions(ownerOnlyFile);
    file.write(QJsonDocument(written.toJson()).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error)
            *error = Text::tr("Cannot write the draft %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QFile::setPermissions(path, ownerOnlyFile);
    return true;
}

void DraftStore::flush()
{
    m_timer.stop();
    const QList<Draft> staged = m_staged.values();
    m_staged.clear();
    for (const Draft &draft : staged) {
        QString error;
        if (!write(draft, &error)) {
            qCWarning(lcModels).noquote() << "Draft not written:" << error;
            Q_EMIT writeFailed(error);
        }
    }
}

void DraftStore::remove(const QString &profileKey, const QString &userId)
{
    m_staged.remove(stagingKey(profileKey, userId));
    if (!ObjectId::isCanonical(userId))
        return;
    const QString path = filePath(profileKey, userId);
    if (QFile::exists(path) && !QFile::remove(path))
        qCWarning(lcModels).noquote() << "Cannot remove the draft" << path;
}

std::optional<Draft> DraftStore::readFile(const QString &path, const QString &profileKey) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    std::optional<Draft> draft;
    if (parseError.error == QJsonParseError::NoError && document.isObject())
        draft = Draft::fromJson(document.object());
    if (!draft) {
        qCWarning(lcModels).noquote() << "Skipping an unreadable draft:" << path;
        return std::nullopt;
    }
    // The directory is a hash of the key; the key inside must match it exactly.
    if (draft->profileKey != profileKey)
        return std::nullopt;
    return draft;
}

std::optional<Draft> DraftStore::draft(const QString &profileKey, const QString &userId) const
{
    if (const auto it = m_staged.constFind(stagingKey(profileKey, userId)); it != m_staged.cend())
        return it.value();
    if (!ObjectId::isCanonical(userId))
        return std::nullopt;
    std::optional<Draft> draft = readFile(filePath(profileKey, userId), profileKey);
    if (draft && draft->userId != userId)
        return std::nullopt;
    return draft;
}

QList<Draft> DraftStore::drafts(const QString &profileKey) const
{
    QHash<QString, Draft> found;
    const QDir directory(profileDirectory(profileKey));
    const QStringList files = directory.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : files) {
        if (std::optional<Draft> draft = readFile(directory.filePath(name), profileKey);
            draft && name == draft->userId + QStringLiteral(".json"))
            found.insert(draft->userId, *draft);
    }
    for (const Draft &staged : m_staged) {
        if (staged.profileKey == profileKey)
            found.insert(staged.userId, staged);
    }
    QList<Draft> list = found.values();
    std::sort(list.begin(), list.end(),
        [](const Draft &a, const Draft &b) { return a.savedAt > b.savedAt; });
    return list;
}

int DraftStore::refile(const QString &profileKey, const std::function<bool(const Draft &)> &belongs)
{
    flush();
    int moved = 0;
    const QDir root(m_directory);
    const QString target = QFileInfo(profileDirectory(profileKey)).fileName();
    const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &folder : folders) {
        if (folder == target)
            continue;
        const QDir directory(root.filePath(folder));
        const QStringList files = directory.entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString &name : files) {
            const QString path = directory.filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const std::optional<Draft> found
                = Draft::fromJson(QJsonDocument::fromJson(file.readAll()).object());
            file.close();
            // Only a draft whose folder is its own key's (a file copied elsewhere is not one).
            if (!found || name != found->userId + QStringLiteral(".json")
                || QFileInfo(profileDirectory(found->profileKey)).fileName() != folder
                || !belongs(*found))
                continue;
            // A newer draft of the same user under the new key wins.
            const std::optional<Draft> existing = draft(profileKey, found->userId);
            if (!existing || existing->savedAt < found->savedAt) {
                Draft refiled = *found;
                refiled.profileKey = profileKey;
                QString error;
                if (!write(refiled, &error)) {
                    qCWarning(lcModels).noquote() << "Draft not refiled:" << error;
                    continue;
                }
                ++moved;
            }
            if (!QFile::remove(path))
                qCWarning(lcModels).noquote() << "Cannot remove the draft" << path;
        }
    }
    return moved;
}
