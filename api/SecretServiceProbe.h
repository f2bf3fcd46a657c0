// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Internal to builton_api: a second opinion from the Secret Service when QtKeychain says
// "entry not found".
//
// QtKeychain 0.13 reads through libsecret's secret_password_lookup(). When the collection
// is locked and the unlock prompt cannot be shown or is dismissed (no display, user pressed
// Cancel), libsecret returns no password and no error, which QtKeychain reports as
// EntryNotFound: a locked keyring would look like "no credentials saved" and invite the user
// to enter (and overwrite) them. Before a NotFound is believed, this asks the Secret Service
// directly whether a matching item sits in a locked collection, or whether the default
// collection is locked. It never starts a service (no D-Bus activation) and never prompts.

#include <QString>

#include <functional>

class QObject;

namespace SecretServiceProbe {

/// Calls \a done once, in \a context's thread (never if \a context dies first), with
/// \a locked true when the entry for \a service / \a key may exist but is locked away.
/// \a detail says what was found, for logs. Without Qt D-Bus or a reachable Secret Service
/// the answer is "not locked".
void checkLocked(const QString &service, const QString &key, QObject *context,
    std::function<void(bool locked, const QString &detail)> done);

} // namespace SecretServiceProbe
