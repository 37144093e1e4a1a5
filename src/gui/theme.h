// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lab::Gui {

// System: the platform's own style and palette (dark when the desktop is dark, where the platform
// theme reports it). Light and Dark: the Fusion style with a light or dark palette, the same on every desktop.
enum class Theme
{
    System,
    Light,
    Dark
};

QString themeKey(Theme theme); // "system", "light", "dark" (settings, tests)
Theme themeFromKey(const QString &key, Theme fallback = Theme::System);

// Applies the theme to the running QApplication.
void applyTheme(Theme theme);

} // namespace Lab::Gui
