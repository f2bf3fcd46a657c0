// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ProfileStore.h"

#include "api/CredentialsLogging.h"

#include <QSettings>

namespace {

const QString versionKey = QStringLiteral("connections/version");
const QString orderKey = QStringLiteral("connections/order");
const QString currentKey = QStringLiteral("connections/current");
constexpr int formatVersion = 1;

QString profileGroup(const QUuid &id)
{
    return QStringLiteral("connections/profiles/") % id.toString(QUuid::WithoutBraces);
}

QString idString(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
    Q_ASSERT(m_settings);
    load();
}

ProfileStore::~ProfileStore() = default;

void ProfileStore::load()
{
    m_profiles.clear();
    QStringList ids = m_settings->value(orderKey).toStringList();
    // Profiles missing from the order (a hand-edited file) are still shown, at the end.
    m_settings->beginGroup(QStringLiteral("connections/profiles"));
    const QStringList stored = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : stored) {
        if (!ids.contains(id))
            ids.append(id);
    }

    for (const QString &idText : std::as_const(ids)) {
        const QUuid id = QUuid::fromString(idText);
        if (id.isNull() || indexOf(id) >= 0)
            continue;
        m_settings->beginGroup(profileGroup(id));
        ConnectionProfile profile;
        profile.setId(id);
        profile.setName(m_settings->value(QStringLiteral("name")).toString());
        profile.setBaseUrl(
            QUrl(m_settings->value(QStringLiteral("baseUrl")).toString(), QUrl::StrictMode));
        profile.setEnvironment(ConnectionProfile::environmentFromKey(
            m_settings->value(QStringLiteral("environment")).toString())
                                   .value_or(ConnectionProfile::Environment::Other));
        profile.setColour(m_settings->value(QStringLiteral("colour")).toString());
        profile.setConfirmWrites(m_settings->value(QStringLiteral("confirmWrites"), true).toBool());
        m_settings->endGroup();
        if (!profile.isValid()) {
            qCWarning(lcCredentials)
                << "Skipping stored connection profile" << idText << ":" << profile.validate();
            continue;
        }
        m_profiles.append(profile);
    }

    const QUuid current = QUuid::fromString(m_settings->value(currentKey).toString());
    m_currentId = indexOf(current) >= 0 ? current : QUuid();
    qCDebug(lcCredentials) << "Loaded" << m_profiles.size() << "connection profiles";
}

std::optional<ConnectionProfile> ProfileStore::profile(const QUuid &id) const
{
    const int index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

bool ProfileStore::add(ConnectionProfile &profile, QString *error)
{
    if (profile.id().isNull())
        profile.setId(QUuid::createUuid());
    const QString problem = profile.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (indexOf(profile.id()) >= 0) {
        if (error)
            *error = tr("This connection exists already.");
        return false;
    }
    if (nameTaken(profile.name(), profile.id())) {
        if (error)
            *error = tr("A connection named “%1” exists already.").arg(profile.name());
        return false;
    }
    m_profiles.append(profile);
    writeProfile(profile);
    writeOrder();
    const bool saved = commit(error);
    qCInfo(lcCredentials) << "Added connection profile" << profile.name() << idString(profile.id())
                          << ConnectionProfile::environmentKey(profile.environment());
    Q_EMIT profileAdded(profile);
    return saved;
}

bool ProfileStore::update(const ConnectionProfile &profile, QString *error)
{
    const int index = indexOf(profile.id());
    if (index < 0) {
        if (error)
            *error = tr("This connection does not exist any more.");
        return false;
    }
    const QString problem = profile.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (nameTaken(profile.name(), profile.id())) {
        if (error)
            *error = tr("A connection named “%1” exists already.").arg(profile.name());
        return false;
    }
    const ConnectionProfile previous = m_profiles.at(index);
    if (previous == profile)
        return true;
    m_profiles[index] = profile;
    writeProfile(profile);
    const bool saved = commit(error);
    qCInfo(lcCredentials) << "Updated connection profile" << profile.name()
                          << idString(profile.id());
    Q_EMIT profileUpdated(previous, profile);
    return saved;
}

bool ProfileStore::remove(const QUuid &id, QString *error)
{
    const int index = indexOf(id);
    if (index < 0) {
        if (error)
            *error = tr("This connection does not exist any more.");
        return false;
    }
    const ConnectionProfile removed = m_profiles.takeAt(index);
    m_settings->remove(profileGroup(id));
    writeOrder();
    const bool wasCurrent = m_currentId == id;
    if (wasCurrent) {
        m_currentId = QUuid();
        m_settings->remove(currentKey);
    }
    const bool saved = commit(error);
    qCInfo(lcCredentials) << "Removed connection profile" << removed.name() << idString(id);
    Q_EMIT profileRemoved(removed);
    if (wasCurrent)
        Q_EMIT currentChanged(QUuid());
    return saved;
}

bool ProfileStore::setCurrentId(const QUuid &id, QString *error)
{
    if (!id.isNull() && indexOf(id) < 0) {
        if (error)
            *error = tr("This connection does not exist any more.");
        return false;
    }
    if (id == m_currentId)
        return true;
    m_currentId = id;
    if (id.isNull())
        m_settings->remove(currentKey);
    else
        m_settings->setValue(currentKey, idString(id));
    const bool saved = commit(error);
    Q_EMIT currentChanged(id);
    return saved;
}

int ProfileStore::indexOf(const QUuid &id) const
{
    if (id.isNull())
        return -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id() == id)
            return i;
    }
    return -1;
}

bool ProfileStore::nameTaken(const QString &name, const QUuid &except) const
{
    const QString wanted = name.trimmed();
    for (const ConnectionProfile &other : m_profiles) {
        if (other.id() != except
            && other.name().trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void ProfileStore::writeProfile(const ConnectionProfile &profile)
{
    // Only these fields, all of them non-secret, ever reach the settings file.
    m_settings->beginGroup(profileGroup(profile.id()));
    m_settings->setValue(QStringLiteral("name"), profile.name());
    m_settings->setValue(QStringLiteral("baseUrl"), profile.baseUrl().toString(QUrl::FullyEncoded));
    m_settings->setValue(
        QStringLiteral("environment"), ConnectionProfile::environmentKey(profile.environment()));
    if (profile.colour().isEmpty())
        m_settings->remove(QStringLiteral("colour"));
    else
        m_settings->setValue(QStringLiteral("colour"), profile.colour());
    m_settings->setValue(QStringLiteral("confirmWrites"), profile.confirmWrites());
    m_settings->endGroup();
}

void ProfileStore::writeOrder()
{
    QStringList ids;
    ids.reserve(m_profiles.size());
    for (const ConnectionProfile &profile : std::as_const(m_profiles))
        ids.append(idString(profile.id()));
    m_settings->setValue(versionKey, formatVersion);
    m_settings->setValue(orderKey, ids);
}

bool ProfileStore::commit(QString *error)
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return true;
    qCWarning(lcCredentials) << "Could not save connection profiles to" << m_settings->fileName()
                             << "status" << m_settings->status();
    if (error) {
        *error = tr("The list of connections could not be saved to %1. Check that the file "
                    "can be written.")
                     .arg(m_settings->fileName());
    }
    return false;
}
