// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <functional>

class ChangeJournal;

/// What a widget that writes (an order's detail) needs besides the session: the change journal,
/// who writes and where (for its entries), and the question to ask first on a connection that
/// wants changes confirmed. Made by the shell from the same sources the user tabs use.
struct WriteServices
{
    ChangeJournal *journal = nullptr;
    /// "Support (sub: staff-7)".
    std::function<QString()> actor;
    /// The canonical base URL.
    std::function<QString()> server;
    /// WriteConfirmation::question() for \a subject; empty when no question is needed.
    std::function<QString(const QString &subject)> writeQuestion;
};
