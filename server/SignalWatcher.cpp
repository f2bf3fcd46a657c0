// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalWatcher.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Server {

namespace {
int pipeFds[2] = {-1, -1};
} // namespace

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent) { }

SignalWatcher::~SignalWatcher()
{
    delete m_notifier;
    if (pipeFds[0] >= 0) {
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
        pipeFds[0] = pipeFds[1] = -1;
    }
}

void SignalWatcher::handle(int signalNumber)
{
    const char byte = static_cast<char>(signalNumber);
    // Only async-signal-safe calls here.
    [[maybe_unused]] const ssize_t written = ::write(pipeFds[0], &byte, 1);
}

bool SignalWatcher::watch(std::initializer_list<int> signalNumbers)
{
    if (pipeFds[0] < 0) {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, pipeFds) != 0)
            return false;
        ::fcntl(pipeFds[0], F_SETFL, ::fcntl(pipeFds[0], F_GETFL) | O_NONBLOCK);
        ::fcntl(pipeFds[0], F_SETFD, FD_CLOEXEC);
        ::fcntl(pipeFds[1], F_SETFD, FD_CLOEXEC);
        m_notifier = new QSocketNotifier(pipeFds[1], QSocketNotifier::Read);
        connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::readPipe);
    }
    for (const int signalNumber : signalNumbers) {
        struct sigaction action = {};
        action.sa_handler = &SignalWatcher::handle;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        if (::sigaction(signalNumber, &action, nullptr) != 0)
            return false;
    }
    return true;
}

void SignalWatcher::readPipe()
{
    char byte = 0;
    if (::read(pipeFds[1], &byte, 1) == 1)
        Q_EMIT signalReceived(static_cast<unsigned char>(byte));
}

} // namespace Server
