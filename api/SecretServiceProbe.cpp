// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/SecretServiceProbe.h"

#include <QMetaObject>
#include <QObject>

#ifdef BUILTON_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QMap>
#endif

namespace SecretServiceProbe {

#ifdef BUILTON_HAVE_QTDBUS

namespace {

const QString secretsService = QStringLiteral("org.freedesktop.secrets");
constexpr int probeTimeoutMs = 5000;

using Attributes = QMap<QString, QString>;
using Done = std::function<void(bool, const QString &)>;

/// QtKeychain 0.13 prefers KWallet in a KDE session (it decides from the same variables).
bool prefersKWallet()
{
    return qgetenv("XDG_CURRENT_DESKTOP").toUpper().contains("KDE")
        || !qgetenv("KDE_FULL_SESSION").isEmpty();
}

QDBusMessage noAutoStart(QDBusMessage message)
{
    // A probe must not start a keyring daemon (or pick one) of its own accord.
    message.setAutoStartService(false);
    return message;
}

void checkDefaultCollection(const QDBusConnection &bus, QObject *context, Done done)
{
    QDBusMessage message = noAutoStart(QDBusMessage::createMethodCall(secretsService,
        QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get")));
    message << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(message, probeTimeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
        [done](QDBusPendingCallWatcher *finished) {
            finished->deleteLater();
            const QDBusPendingReply<QDBusVariant> reply = *finished;
            if (reply.isError()) {
                done(false, QStringLiteral("default collection: ") % reply.error().name());
                return;
            }
            const bool locked = reply.value().variant().toBool();
            done(locked,
                locked ? QStringLiteral("the default collection is locked")
                       : QStringLiteral("the default collection is open"));
        });
}

} // namespace

void checkLocked(const QString &service, const QString &key, QObject *context,
    std::function<void(bool locked, const QString &detail)> done)
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QMetaObject::invokeMethod(
            context, [done] { done(false, QStringLiteral("no session bus")); },
            Qt::QueuedConnection);
        return;
    }
    static const QMetaType registered = qDBusRegisterMetaType<Attributes>();
    Q_UNUSED(registered)

    // The attributes QtKeychain's libsecret backend files entries under.
    const Attributes attributes {
        {QStringLiteral("user"), key}, {QStringLiteral("server"), service}};
    QDBusMessage message = noAutoStart(
        QDBusMessage::createMethodCall(secretsService, QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems")));
    message << QVariant::fromValue(attributes);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(message, probeTimeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
        [bus, context, done](QDBusPendingCallWatcher *finished) {
            finished->deleteLater();
            const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply
                = *finished;
            if (reply.isError()) {
                done(false, QStringLiteral("search: ") % reply.error().name());
                return;
            }
            if (!reply.argumentAt<1>().isEmpty()) {
                done(true, QStringLiteral("a matching item is in a locked collection"));
                return;
            }
            if (!reply.argumentAt<0>().isEmpty()) {
                // libsecret missed an unlocked item: not a lock problem; report "not found"
                // as QtKeychain did rather than guess.
                done(false, QStringLiteral("an unlocked matching item exists"));
                return;
            }
            // Some services cannot search locked collections; a locked default collection
            // means "not found" cannot be trusted either. Not on KDE, where QtKeychain reads
            // from KWallet and a gnome-keyring left locked there says nothing about it.
            if (prefersKWallet()) {
                done(false, QStringLiteral("no locked match; KDE session, collection not checked"));
                return;
            }
            checkDefaultCollection(bus, context, done);
        });
}

#else

void checkLocked(const QString &, const QString &, QObject *context,
    std::function<void(bool locked, const QString &detail)> done)
{
    QMetaObject::invokeMethod(
        context, [done] { done(false, QStringLiteral("built without Qt D-Bus")); },
        Qt::QueuedConnection);
}

#endif

} // namespace SecretServiceProbe
