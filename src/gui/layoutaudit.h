// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Lab::Gui {

// What a person at the back of the room would see as broken, found in the live widget tree (the
// layout audit behind `--layout-report`, docs/presenter.md). Only visible widgets are looked at.
struct LayoutProblem
{
    QString widget; // "ExperimentPanel/QTabWidget/QLabel#ticketExplanation"
    QString kind;   // see auditLayout()
    QString detail; // the text that does not fit, sizes
};

// Kinds: "horizontal-scroll-bar" (a scroll area wider than its viewport), "label-cut" (a label's
// text needs more room than it has), "word-broken" (a word wider than its wrapping label, or
// wrapped inside a word in a text view), "button-cut", "combo-cut", "tabs-cut" (tab bar scroll
// buttons shown), "header-cut" (a column title wider than its column), "axis-title-cut" and
// "axis-label-cut" (a chart's axis title or category longer than the room for it, which Qt Charts
// elides), "item-cut" (a title in a list that wraps or never elides its titles, as the topic list,
// needs more room than its row has), "outside-window" (a widget not inside the window and not inside
// a scroll area).
QList<LayoutProblem> auditLayout(QWidget *window);

// {"topic", "present", "screen": [w, h], "problems": [{"widget", "kind", "detail"}]}
QJsonObject layoutReport(QWidget *window, const QString &topic, bool present);

} // namespace Lab::Gui
