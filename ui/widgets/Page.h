// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "session/AccessRole.h"

#include <QIcon>
#include <QWidget>

#include <functional>

class QLabel;
class Session;

/// One page of the main window (Users, Orders, Subscriptions, My account). The window owns
/// the pages, shows the ones available to the session's role, and talks to them only
/// through this interface:
/// - reset() when the connection changes (another profile, a new role, sign-out): forget
///   everything shown, cancel nothing (the session has cancelled all requests already);
/// - activate() when the page is shown: load if nothing is loaded yet;
/// - confirmLeave() before the profile is switched and before the app quits (unsaved changes);
/// and listens to firstDataLoaded(), errorOccurred() and busyChanged().
class Page : public QWidget
{
    Q_OBJECT

public:
    /// Re-runs the load that failed.
    using RetryFunction = std::function<void()>;

    explicit Page(Session *session, QWidget *parent = nullptr);
    ~Page() override;

    Session *session() const { return m_session; }

    /// Navigation text, e.g. tr("Users").
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    /// Whether the page is offered to \a role (staff pages are hidden for a user token).
    virtual bool isAvailableFor(AccessRole role) const = 0;

    /// Forget everything shown; the next activate() loads again. Calls resetContents().
    void reset();
    /// The page became visible (again).
    virtual void activate() = 0;
    /// Asked before switching profile and before quitting; false keeps things as they are.
    /// The default has nothing to lose.
    virtual bool confirmLeave() { return true; }

    /// True once the first data has arrived since the last reset().
    bool hasLoadedData() const { return m_loaded; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// The first data since the last reset() is on screen (emitted once per reset).
    void firstDataLoaded();
    /// A load failed; \a retry runs it again. Cancellations are never reported.
    void errorOccurred(const ApiError &error, const Page::RetryFunction &retry);
    void busyChanged(bool busy);

protected:
    /// Clear the widgets and drop any reply still running.
    virtual void resetContents() = 0;
    /// Call when data has been put on screen; emits firstDataLoaded() the first time.
    void markDataLoaded();
    void setBusy(bool busy);
    /// A page heading (larger, bold) with \a text, named \a objectName.
    QLabel *createHeading(const QString &text, const QString &objectName);
    /// Forwards what a list view reports (its first data, busy state and errors other than
    /// cancellations) as this page's own.
    template<typename View>
    void followView(View *view)
    {
        connect(view, &View::firstDataLoaded, this, &Page::markDataLoaded);
        connect(view, &View::busyChanged, this, &Page::setBusy);
        connect(view, &View::errorOccurred, this,
            [this](const ApiError &error, const typename View::RetryFunction &retry) {
                if (!error.isCancellation())
                    Q_EMIT errorOccurred(error, retry);
            });
    }

private:
    Session *m_session;
    bool m_loaded = false;
    bool m_busy = false;
};
