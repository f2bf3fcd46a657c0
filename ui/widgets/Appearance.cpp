// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/Appearance.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>
#include <memory>
#include <optional>

namespace Appearance {

namespace {

struct Original
{
    QString styleName;
    QPalette palette;
};

std::optional<Original> &original()
{
    static std::optional<Original> saved;
    return saved;
}

Mode &current()
{
    static Mode mode = Mode::System;
    return mode;
}

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

void setTextRoles(QPalette &palette, QPalette::ColorGroup group, const QColor &colour)
{
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text,
             QPalette::ButtonText, QPalette::HighlightedText, QPalette::ToolTipText})
        palette.setColor(group, role, colour);
}

} // namespace

void apply(Mode mode)
{
    if (mode == current())
        return;
    if (!original())
        original() = Original {QApplication::style()->name(), QApplication::palette()};
    current() = mode;
    if (mode == Mode::System) {
        QApplication::setStyle(original()->styleName);
        QApplication::setPalette(original()->palette);
        return;
    }
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
}

Mode currentMode()
{
    return current();
}

QPalette lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
    const QColor dimmed(0x6b, 0x6b, 0x6b);
    for (const QPalette::ColorRole role :
        {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, dimmed);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
        palette.setColor(group, QPalette::PlaceholderText, QColor(0x66, 0x66, 0x66));
    palette.setColor(QPalette::Disabled, QPalette::PlaceholderText, dimmed);
    // Fusion's selection blue is too light for white text (3.7:1).
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
        palette.setColor(group, QPalette::Highlight, QColor(0x1f, 0x6f, 0xb2));
    return palette;
}

QPalette darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1f, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabled(0x9a, 0x9a, 0x9e);
    const QColor button(0x3a, 0x3a, 0x3e);
    const QColor highlight(0x2a, 0x64, 0xa8);

    QPalette palette(button, window);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Window, window);
        palette.setColor(group, QPalette::Base, base);
        palette.setColor(group, QPalette::AlternateBase, QColor(0x27, 0x27, 0x2a));
        palette.setColor(group, QPalette::Button, button);
        palette.setColor(group, QPalette::Light, QColor(0x55, 0x55, 0x5a));
        palette.setColor(group, QPalette::Midlight, QColor(0x46, 0x46, 0x4a));
        palette.setColor(group, QPalette::Mid, QColor(0x28, 0x28, 0x2b));
        palette.setColor(group, QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
        palette.setColor(group, QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
        palette.setColor(group, QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x40));
        palette.setColor(group, QPalette::Highlight, highlight);
        palette.setColor(group, QPalette::Link, QColor(0x7c, 0xb8, 0xff));
        palette.setColor(group, QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
        palette.setColor(group, QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
        palette.setColor(group, QPalette::PlaceholderText, QColor(0xa6, 0xa6, 0xaa));
        setTextRoles(palette, group, text);
        palette.setColor(group, QPalette::HighlightedText, Qt::white);
    }
    palette.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x3a, 0x4a, 0x5e));
    palette.setColor(QPalette::Disabled, QPalette::Window, window);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::AlternateBase, window);
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0x33, 0x33, 0x36));
    palette.setColor(QPalette::Disabled, QPalette::Light, QColor(0x45, 0x45, 0x48));
    palette.setColor(QPalette::Disabled, QPalette::Midlight, QColor(0x3c, 0x3c, 0x40));
    palette.setColor(QPalette::Disabled, QPalette::Mid, QColor(0x28, 0x28, 0x2b));
    palette.setColor(QPalette::Disabled, QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    palette.setColor(QPalette::Disabled, QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x44, 0x48));
    palette.setColor(QPalette::Disabled, QPalette::Link, QColor(0x7c, 0x9c, 0xc0));
    palette.setColor(QPalette::Disabled, QPalette::PlaceholderText, disabled);
    setTextRoles(palette, QPalette::Disabled, disabled);
    return palette;
}

bool isDark(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Window))
        < relativeLuminance(palette.color(QPalette::WindowText));
}

double relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor textOn(const QColor &background)
{
    const QColor dark(0x1f, 0x1f, 0x1f);
    const QColor light(Qt::white);
    return contrastRatio(dark, background) >= contrastRatio(light, background) ? dark : light;
}

QColor accentOn(const QColor &accent, const QColor &background, double minimumRatio)
{
    if (contrastRatio(accent, background) >= minimumRatio)
        return accent;
    // Lighten on dark backgrounds, darken on light ones, keeping hue and saturation.
    const bool lighten
        = contrastRatio(Qt::white, background) > contrastRatio(Qt::black, background);
    const QColor hsl = accent.toHsl();
    const float hue = hsl.hslHueF();
    const float saturation = hsl.hslSaturationF();
    float lightness = hsl.lightnessF();
    for (int step = 0; step < 100; ++step) {
        lightness = qBound(0.0f, lightness + (lighten ? 0.01f : -0.01f), 1.0f);
        const QColor candidate = QColor::fromHslF(hue, saturation, lightness).toRgb();
        if (contrastRatio(candidate, background) >= minimumRatio)
            return candidate;
        if (lightness <= 0.0f || lightness >= 1.0f)
            break;
    }
    return textOn(background);
}

QColor mix(const QColor &colour, const QColor &base, double amount)
{
    const QColor a = colour.toRgb();
    const QColor b = base.toRgb();
    const auto blend = [amount](float x, float y) {
        return float(y + (x - y) * amount);
    };
    return QColor::fromRgbF(
        blend(a.redF(), b.redF()), blend(a.greenF(), b.greenF()), blend(a.blueF(), b.blueF()));
}

QColor errorText(const QPalette &palette, QPalette::ColorRole background)
{
    return accentOn(errorAccent(), palette.color(background));
}

QColor warningText(const QPalette &palette, QPalette::ColorRole background)
{
    return accentOn(warningAccent(), palette.color(background));
}

QColor productionText(const QPalette &palette, QPalette::ColorRole background)
{
    return accentOn(productionAccent(), palette.color(background));
}

QColor inactiveText(const QPalette &palette)
{
    return accentOn(palette.color(QPalette::Disabled, QPalette::Text),
        palette.color(QPalette::Active, QPalette::Base));
}

QFont headingFont(QFont base)
{
    base.setPointSizeF(base.pointSizeF() * 1.35);
    base.setBold(true);
    return base;
}

} // namespace Appearance
