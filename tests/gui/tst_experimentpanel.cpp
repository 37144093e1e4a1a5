// SPDX-License-Identifier: GPL-3.0-or-later
// The frame every panel shares, on a panel whose work reports progress by hand: the estimate counts
// down between progress reports (a long item reports nothing for seconds), and the folded settings
// name only what differs from the defaults.
#include "core/trace/pacer.h"
#include "gui/panels/experimentpanel.h"
#include "gui/panels/parameterform.h"
#include "labtest.h"

#include <QLabel>
#include <QProgressBar>
#include <QRegularExpression>
#include <QToolButton>

using namespace Lab::Gui;

namespace {

class ManualPanel final : public ExperimentPanel
{
public:
    ManualPanel()
        : ExperimentPanel(QStringLiteral("manual"))
    {
        form()->addInt(QStringLiteral("items"), QStringLiteral("Items"), 1, 100, 10);
        form()->addInt(QStringLiteral("workers"), QStringLiteral("Workers"), 1, 8, 2);
    }
    using ExperimentPanel::finishRun;
    using ExperimentPanel::setProgress;

protected:
    bool startRun(QString *) override { return true; }
    void cancelRun() override { finishRun(QStringLiteral("Cancelled.")); }
};

class PaintCounter final : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

// "3 of 10, about 4.2 s left" -> 4.2
double secondsLeft(const QString &format)
{
    static const QRegularExpression left(QStringLiteral("about ([0-9.]+) s left"));
    const auto match = left.match(format);
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

} // namespace

class TestExperimentPanel : public QObject
{
    Q_OBJECT
private slots:
    void progressPaintsWithTheNextFrame()
    {
        // QProgressBar repaints at once when its value moves, and a repaint at once paints all that is
        // dirty in the window: a run's every step held the GUI thread for a whole window's paint.
        ManualPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.start();
        QTRY_VERIFY(panel.progressBar()->isVisible());
        QTest::qWait(50); // every paint the start asked for is done
        PaintCounter paints;
        panel.progressBar()->installEventFilter(&paints);
        panel.setProgress(5, 10, QStringLiteral("5 of 10"));
        QCOMPARE(panel.progressBar()->value(), 500);
        QCOMPARE(paints.count, 0);     // not inside setProgress()
        QTRY_VERIFY(paints.count > 0); // with the next frame
    }

    void estimateCountsDownBetweenReports()
    {
        ManualPanel panel;
        panel.start();
        QVERIFY(panel.isRunning());
        QTest::qWait(700);
        panel.setProgress(1, 10, QStringLiteral("1 of 10"));
        const double first = secondsLeft(panel.progressBar()->format());
        QVERIFY2(first > 2, qPrintable(panel.progressBar()->format()));
        // No report for a while: the estimate goes down by itself.
        QTRY_VERIFY_WITH_TIMEOUT(secondsLeft(panel.progressBar()->format()) > 0 &&
                                     secondsLeft(panel.progressBar()->format()) < first - 0.5,
                                 5000);
        QVERIFY(panel.progressBar()->format().startsWith(QStringLiteral("1 of 10")));
        panel.finishRun(QStringLiteral("Done."));
        QVERIFY(panel.progressBar()->format().endsWith(QStringLiteral("in all")));
    }

    void statusSaysPaused()
    {
        ManualPanel panel;
        Lab::Core::Pacer::instance()->pause();
        panel.start();
        QVERIFY(panel.statusLabel()->text().startsWith(QStringLiteral("Paused")));
        Lab::Core::Pacer::instance()->resume();
        QCOMPARE(panel.statusLabel()->text(), QStringLiteral("Running..."));
        Lab::Core::Pacer::instance()->pause();
        QVERIFY(panel.statusLabel()->text().startsWith(QStringLiteral("Paused")));
        Lab::Core::Pacer::instance()->release();
        panel.finishRun(QStringLiteral("Done."));
        QCOMPARE(panel.statusLabel()->text(), QStringLiteral("Done."));
    }

    void foldedSettingsNameWhatDiffers()
    {
        ManualPanel panel;
        panel.setSettingsVisible(false);
        QCOMPARE(panel.settingsToggle()->text(), QStringLiteral("Settings: the defaults"));
        QString error;
        QVERIFY(panel.setParameter(QStringLiteral("workers"), QStringLiteral("4"), &error));
        panel.setSettingsVisible(true);
        panel.setSettingsVisible(false);
        QCOMPARE(panel.settingsToggle()->text(), QStringLiteral("Settings: workers=4"));
        QCOMPARE(panel.settingsToggle()->toolTip(), QStringLiteral("items=10\nworkers=4"));
    }
};

LAB_TEST_MAIN(TestExperimentPanel)
#include "tst_experimentpanel.moc"
