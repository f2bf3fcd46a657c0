// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <initializer_list>

class QSocketNotifier;

namespace Server {

/// Turns POSIX signals (SIGTERM, SIGINT) into a Qt signal through a self-pipe, so the
/// event loop quits cleanly and the database is closed properly.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    /// Installs handlers for `signalNumbers`. Only one watcher may exist at a time.
    bool watch(std::initializer_list<int> signalNumbers);

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    static void handle(int signalNumber);
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Server
