// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/parameterschema.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QBoxLayout;
class QLabel;
QT_END_NAMESPACE

namespace Lab::Gui {

class ValueTile;
struct ReplayFrame;

// One scenario of a panel with several (conditions: publisher and subscribers, traffic light, barrier;
// deadlock: two threads and two locks, the dining philosophers): a result
// page that owns its core experiment, starts it from the form's values, redraws it at 10 Hz, and
// explains the finished run. The panel runs the page its "scenario" control names.
class ScenarioPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioPage)
public:
    ~ScenarioPage() override;

    // The "scenario" value ("condition") and the parameters the page reads.
    virtual QString scenario() const = 0;
    virtual const Core::ParameterSchema &schema() const = 0;
    virtual QString title() const = 0;
    // False while the previous run still ends.
    virtual bool start(const Core::ParameterValues &values) = 0;
    virtual void cancel() = 0;
    // Called at 10 Hz while running.
    virtual void refresh() = 0;
    virtual void retranslate() = 0;
    // Replay (Experiment::showReplay): draws the page's picture from the frame when the recording is
    // one of this page's runs and returns true; nullptr: the page draws its own run again. Default:
    // false (the page cannot be drawn from a recording).
    virtual bool showReplay(const ReplayFrame *frame);

    QLabel *explanation() const { return m_explanation; }

signals:
    void progress(qint64 done, qint64 total, const QString &what);
    // The run ended; `status` for the panel's status line (the explanation is on the page).
    void finished(const QString &status);

protected:
    explicit ScenarioPage(QWidget *parent = nullptr);
    // A row of large tiles above the page's picture.
    QBoxLayout *tileRow() const { return m_tiles; }
    ValueTile *addTile(const QString &objectName);
    // The page's body (pictures, grids) goes between the tiles and the explanation.
    void addBody(QWidget *widget);
    void explain(const QString &text);
    // A cell of a table of conditions: a bold ✓ when it holds, else –.
    static QString conditionMark(bool holds);

private:
    QBoxLayout *m_layout = nullptr;
    QBoxLayout *m_tiles = nullptr;
    QLabel *m_explanation = nullptr;
};

} // namespace Lab::Gui
