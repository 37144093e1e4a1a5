// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/panels/scenariopanel.h"

#include <QList>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace Lab::Gui {

class PhilosophersPage;
class DiningTableWidget;
class TileGrid;
class TwoLocksPage;

// Topic 9.2, deadlock. Two scenarios, chosen by the "scenario" control (two-locks | philosophers) or
// by the result tab: two threads taking two locks in opposite orders (TwoLocksPage: the live
// wait-for and lock-order graphs, the victim chosen by the user) and the dining philosophers with
// every remedy (PhilosophersPage). The form shows the chosen scenario's settings.
class DeadlockPanel final : public ScenarioPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlockPanel)
public:
    explicit DeadlockPanel(QWidget *parent = nullptr);
    ~DeadlockPanel() override;

    TwoLocksPage *twoLocks() const { return m_twoLocks; }
    PhilosophersPage *philosophersPage() const { return m_philosophersPage; }
    // The philosophers' parts (kept for tests and scripts).
    DiningTableWidget *table() const;
    TileGrid *philosophers() const;
    QLabel *conditions() const;
    QLabel *results() const;

protected:
    void retranslate() override;

private:
    TwoLocksPage *m_twoLocks = nullptr;
    PhilosophersPage *m_philosophersPage = nullptr;
};

} // namespace Lab::Gui
