// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/WriteConfirmation.h"

#include "api/ConnectionProfile.h"
#include "ui/widgets/MessageBox.h"

#include <QSettings>

QString WriteConfirmation::settingsKey()
{
    return QStringLiteral("preferences/confirmProduction");
}

bool WriteConfirmation::isProductionConfirmationOn(const QSettings *settings)
{
    return !settings || settings->value(settingsKey(), true).toBool();
}

bool WriteConfirmation::isNeeded(const ConnectionProfile &profile, const QSettings *settings)
{
    if (profile.isProduction())
        return isProductionConfirmationOn(settings);
    return profile.confirmWrites();
}

QString WriteConfirmation::question(
    const ConnectionProfile &profile, const QSettings *settings, const QString &subject)
{
    if (!isNeeded(profile, settings))
        return QString();
    return profile.isProduction()
        ? tr("You are about to change %1 on the production connection %2. Continue?")
              .arg(subject, profile.name())
        : tr("You are about to change %1 on the connection %2. Continue?")
              .arg(subject, profile.name());
}

QString WriteConfirmation::notice(const ConnectionProfile &profile, const QSettings *settings)
{
    if (!isNeeded(profile, settings))
        return QString();
    return profile.isProduction()
        ? tr("Saving writes to the production connection %1.").arg(profile.name())
        : tr("Saving writes to the connection %1.").arg(profile.name());
}

bool WriteConfirmation::confirm(QWidget *parent, const ConnectionProfile &profile,
    const QSettings *settings, const QString &subject)
{
    const QString text = question(profile, settings, subject);
    if (text.isEmpty())
        return true;
    return MessageBox::question(parent, tr("Confirm Change"), text,
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}
