// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

class ConnectionProfile;
class QSettings;
class QWidget;

/// The question asked before a change is written over a connection that wants changes
/// confirmed (see below). Save and Delete User of a user's detail and the bulk tag run of the
/// Users page ask it, through MessageBox so that tests can answer it.
///
/// Which connections ask:
/// - a Production profile, while the preference `preferences/confirmProduction` (bool, default
///   true) is on: "You are about to change Ann Berg (ZQK3YW) on the production connection
///   Shop. Continue?";
/// - any other profile stored with "ask before every change" (ConnectionProfile::
///   confirmWrites(), off unless set on purpose): the same question without "production".
/// The preference decides for production profiles, so turning it off stops the question there.
class WriteConfirmation final
{
    Q_DECLARE_TR_FUNCTIONS(WriteConfirmation)

public:
    WriteConfirmation() = delete;

    /// "preferences/confirmProduction".
    static QString settingsKey();
    /// The preference; on when \a settings is null or has no value.
    static bool isProductionConfirmationOn(const QSettings *settings);
    /// Whether a change over \a profile needs the question.
    static bool isNeeded(const ConnectionProfile &profile, const QSettings *settings);
    /// The question naming \a subject (a user, or "3 users"), or empty when none is needed.
    static QString question(
        const ConnectionProfile &profile, const QSettings *settings, const QString &subject);
    /// A sentence for questions that lead to a write without asking again (Save in "Unsaved
    /// changes"): "Saving writes to the production connection Shop.", or empty when no
    /// question is needed.
    static QString notice(const ConnectionProfile &profile, const QSettings *settings);
    /// Asks question() when one is needed (Yes / Cancel, Cancel by default); true when the
    /// change may go ahead.
    static bool confirm(QWidget *parent, const ConnectionProfile &profile,
        const QSettings *settings, const QString &subject);
};
