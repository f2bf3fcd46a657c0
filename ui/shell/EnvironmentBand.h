// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ConnectionProfile.h"

#include <QColor>
#include <QFrame>

class QLabel;

/// A coloured strip across the top of the main window that says which server the window
/// works on, so nobody edits production by mistake: always shown (red unless the profile has
/// its own colour) for Production, shown in the profile's colour for others that have one,
/// hidden otherwise.
class EnvironmentBand final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentBand)

public:
    /// The band's red; as text on the window, use Appearance::productionText().
    static QColor productionColour() { return QColor(0xb3, 0x26, 0x1e); }

    explicit EnvironmentBand(QWidget *parent = nullptr);
    ~EnvironmentBand() override;

    /// Updates text, colour and visibility; a default profile hides the band.
    void setProfile(const ConnectionProfile &profile);
    QColor colour() const { return m_colour; }
    QString text() const;
    /// Whether setProfile() decided to show the band (true even while the window is hidden).
    bool isMarked() const { return m_marked; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QColor m_colour;
    bool m_marked = false;
};
