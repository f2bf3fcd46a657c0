// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/shell/EnvironmentBand.h"

#include "ui/widgets/Appearance.h"
#include "ui/widgets/Icons.h"

#include <QHBoxLayout>
#include <QLabel>

EnvironmentBand::EnvironmentBand(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("environmentBand"));
    setAutoFillBackground(true);
    m_icon->setObjectName(QStringLiteral("environmentBandIcon"));
    m_icon->setPixmap(Icons::icon(Icons::Name::Production).pixmap(16, 16));
    m_text->setObjectName(QStringLiteral("environmentBandText"));
    m_text->setTextFormat(Qt::PlainText);
    QFont font = m_text->font();
    font.setBold(true);
    m_text->setFont(font);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 4);
    layout->setSpacing(8);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    hide();
}

EnvironmentBand::~EnvironmentBand() = default;

void EnvironmentBand::setProfile(const ConnectionProfile &profile)
{
    const QColor own(profile.colour());
    const bool production = !profile.id().isNull() && profile.isProduction();
    m_marked = production || (!profile.id().isNull() && own.isValid());
    if (!m_marked) {
        m_colour = QColor();
        m_text->clear();
        setAccessibleName(QString());
        hide();
        return;
    }
    m_colour = own.isValid() ? own : productionColour();
    const QString host = profile.baseUrl().host();
    const QString text = production
        ? tr("PRODUCTION: %1 (%2). Changes here affect real customers.").arg(profile.name(), host)
        : tr("%1: %2 (%3)")
              .arg(ConnectionProfile::environmentName(profile.environment()), profile.name(), host);
    m_text->setText(text);
    m_icon->setVisible(production);
    setAccessibleName(text);

    // Text colour that stays readable on any accent colour, whatever the palette: the band
    // brings its own background.
    const QColor foreground = Appearance::textOn(m_colour);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, m_colour);
    pal.setColor(QPalette::WindowText, foreground);
    setPalette(pal);
    m_text->setPalette(pal);
    show();
}

QString EnvironmentBand::text() const
{
    return m_text->text();
}
