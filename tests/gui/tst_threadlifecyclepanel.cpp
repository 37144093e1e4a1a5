// SPDX-License-Identifier: GPL-3.0-or-later
// The thread-lifecycle panel as a lecturer uses it: Run, watch the diagram light each state of one
// real lab thread, read Linux's letter and Qt's view beside it, pause and step with the pacer.
#include "core/trace/pacer.h"
#include "gui/labresources.h"
#include "gui/panels/parameterform.h"
#include "gui/topics/threadlifecycle/threadlifecyclepanel.h"
#include "gui/topics/threadlifecycle/threadstatediagram.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Lab::Gui;
using Lab::Core::Pacer;
using Lab::Core::ThreadState;
using Node = ThreadStateDiagram::Node;

class TestThreadLifecyclePanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void registered();
    void runLightsEveryState();
    void pausedThreadHoldsAndStepAdvancesIt();
    void stepGoesFromStateToState();
    void cancelWhileRunningShowsR();
    void badInput();
    void codeListing();
    void diagramDrawsAtAnySize();

private:
    static QString text(const ThreadLifecyclePanel &panel, const char *name)
    {
        return panel.findChild<QLabel *>(QLatin1String(name))->text();
    }
    static void setShortRun(ThreadLifecyclePanel &panel, const char *first, const char *sleep, const char *second)
    {
        QString error;
        QVERIFY(panel.setParameter(QStringLiteral("first-run-ms"), QLatin1String(first), &error));
        QVERIFY(panel.setParameter(QStringLiteral("sleep-ms"), QLatin1String(sleep), &error));
        QVERIFY(panel.setParameter(QStringLiteral("second-run-ms"), QLatin1String(second), &error));
    }
};

void TestThreadLifecyclePanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initResources();
}

void TestThreadLifecyclePanel::registered()
{
    const Topic *topic = findTopic(u"thread-lifecycle");
    QVERIFY(topic && topic->createExperiment);
    std::unique_ptr<Experiment> experiment(topic->createExperiment(nullptr));
    QVERIFY(qobject_cast<ThreadLifecyclePanel *>(experiment.get()));
    QCOMPARE(experiment->parameterNames(), QStringList({QStringLiteral("first-run-ms"), QStringLiteral("sleep-ms"),
                                                        QStringLiteral("second-run-ms")}));
}

void TestThreadLifecyclePanel::runLightsEveryState()
{
    ThreadLifecyclePanel panel;
    panel.resize(1100, 900);
    panel.show();
    setShortRun(panel, "300", "300", "300");
    QSignalSpy lit(panel.diagram(), &ThreadStateDiagram::stateShown);
    QSignalSpy finished(&panel, &Experiment::runFinished);
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    QVERIFY(panel.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);

    QList<ThreadState> states;
    for (const QList<QVariant> &signal : lit)
        states.append(signal.at(0).value<ThreadState>());
    const QList<ThreadState> expected = {ThreadState::New,      ThreadState::Runnable, ThreadState::Running,
                                         ThreadState::Sleeping, ThreadState::Running,  ThreadState::Terminated};
    QCOMPARE(states, expected);
    QCOMPARE(panel.diagram()->litNode(), Node::Terminated);
    // What a student reads: the path, Qt's view of the ended thread, no kernel task any more.
    const QString path = text(panel, "statePath");
    for (const char *step : {"Running (run 1 of 2)", "Not running (sleeping)", "Running (run 2 of 2)", "Terminated"})
        QVERIFY2(path.contains(QLatin1String(step)), qPrintable(path));
    QVERIFY(path.indexOf(QLatin1String("run 1")) < path.indexOf(QLatin1String("sleeping")));
    QVERIFY(text(panel, "qtState").contains(QStringLiteral("isFinished() = true")));
    QVERIFY(text(panel, "qtState").contains(QStringLiteral("isRunning()  = false")));
    QVERIFY(text(panel, "kernelState").contains(QStringLiteral("gone")));
    QVERIFY(text(panel, "threadIdentity").contains(QStringLiteral("thread id")));
    QVERIFY(panel.statusLabel()->text().startsWith(QStringLiteral("Done")));
    QVERIFY(panel.runButton()->isEnabled());

    // A second run starts a new thread and lights the states again.
    lit.clear();
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
    QCOMPARE(lit.size(), expected.size());
}

void TestThreadLifecyclePanel::pausedThreadHoldsAndStepAdvancesIt()
{
    Pacer *pacer = Pacer::instance();
    const double speed = pacer->speed();
    auto restore = qScopeGuard([pacer, speed] {
        pacer->setSpeed(speed);
        pacer->resume();
    });
    ThreadLifecyclePanel panel;
    panel.show();
    // One 2 ms piece per run and no sleep: each step moves the thread to its next state.
    setShortRun(panel, "2", "0", "2");
    pacer->pause();
    QVERIFY(text(panel, "pacerState").contains(QStringLiteral("paused")));
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.runButton()->click();

    // Held at its first checkpoint: the textbook says Running, the kernel says S (asleep on the pacer).
    QTRY_COMPARE_WITH_TIMEOUT(panel.diagram()->litNode(), Node::Running, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(text(panel, "kernelState").startsWith(QLatin1Char('S')), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(pacer->heldCount() >= 1, 5000);
    QTest::qWait(400);
    QCOMPARE(panel.diagram()->litNode(), Node::Running); // it does not advance on its own
    QVERIFY(panel.isRunning());
    QVERIFY(text(panel, "qtState").contains(QStringLiteral("isRunning()  = true")));

    pacer->step(); // finishes run 1, then held again in its sleep's checkpoint
    QTRY_COMPARE_WITH_TIMEOUT(panel.diagram()->litNode(), Node::NotRunning, 5000);
    QCOMPARE(panel.diagram()->state(), ThreadState::Sleeping);
    pacer->step(); // wakes up, held at run 2's first checkpoint
    QTRY_COMPARE_WITH_TIMEOUT(panel.diagram()->litText(), QStringLiteral("Running (run 2 of 2)"), 5000);
    QCOMPARE(finished.size(), 0);
    pacer->resume();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(panel.diagram()->litNode(), Node::Terminated);
}

// S (stepToEvent) goes from one state to the next however long the thread computes in between: one
// press per state, where a checkpoint step would take one press per 2.5 ms piece of work.
void TestThreadLifecyclePanel::stepGoesFromStateToState()
{
    Pacer *pacer = Pacer::instance();
    auto restore = qScopeGuard([pacer] { pacer->resume(); });
    ThreadLifecyclePanel panel;
    panel.show();
    // 120 ms of work is 48 checkpoints, and stays well inside the step's 1 s wall-time limit even when
    // the niced lab thread shares a loaded machine (CI runs two tests at once).
    setShortRun(panel, "120", "100", "120");
    pacer->pause();
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.runButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(panel.diagram()->litNode(), Node::Running, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(pacer->heldCount() >= 1, 5000);

    pacer->stepToEvent(); // 120 ms of work, then Sleeping: one press
    QTRY_COMPARE_WITH_TIMEOUT(panel.diagram()->state(), ThreadState::Sleeping, 5000);
    QVERIFY2(pacer->lastEvent().contains(threadStateName(ThreadState::Sleeping)), qPrintable(pacer->lastEvent()));
    QTRY_VERIFY_WITH_TIMEOUT(pacer->heldCount() >= 1, 5000);
    QVERIFY(panel.statusLabel()->text().startsWith(QStringLiteral("Step: ")));
    pacer->stepToEvent(); // wakes: Running again (run 2)
    QTRY_COMPARE_WITH_TIMEOUT(panel.diagram()->litText(), QStringLiteral("Running (run 2 of 2)"), 5000);
    QCOMPARE(finished.size(), 0);
    pacer->resume();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
}

void TestThreadLifecyclePanel::cancelWhileRunningShowsR()
{
    ThreadLifecyclePanel panel;
    panel.show();
    setShortRun(panel, "60000", "0", "0");
    QSignalSpy finished(&panel, &Experiment::runFinished);
    panel.start();
    // Computing: Linux shows R (on a CPU or waiting for one) and Qt says it runs.
    QTRY_VERIFY_WITH_TIMEOUT(text(panel, "kernelState").startsWith(QLatin1Char('R')), 5000);
    QVERIFY(text(panel, "qtState").contains(QStringLiteral("isRunning()  = true")));
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY(panel.statusLabel()->text().startsWith(QStringLiteral("Cancelled")));
    QCOMPARE(panel.diagram()->litNode(), Node::Terminated);
}

void TestThreadLifecyclePanel::badInput()
{
    ThreadLifecyclePanel panel;
    QString error;
    QVERIFY(!panel.setParameter(QStringLiteral("sleep-ms"), QStringLiteral("-1"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("sleep-ms: must be an integer from 0 to 60000")), qPrintable(error));
    QVERIFY(!panel.setParameter(QStringLiteral("name"), QStringLiteral("x"), &error));
}

void TestThreadLifecyclePanel::codeListing()
{
    ThreadLifecyclePanel panel;
    auto *code = panel.findChild<QWidget *>(QStringLiteral("codeComparison"));
    QVERIFY(code);
    const QString cpp = code->findChild<QPlainTextEdit *>(QStringLiteral("cppListing"))->toPlainText();
    QVERIFY(cpp.startsWith(QStringLiteral("// src/core/experiments/lifecycledemo.cpp")));
    QVERIFY(code->findChild<QPlainTextEdit *>(QStringLiteral("pythonListing"))
                ->toPlainText()
                .contains(QStringLiteral("threading.Thread(")));
}

void TestThreadLifecyclePanel::diagramDrawsAtAnySize()
{
    ThreadStateDiagram diagram;
    QCOMPARE(diagram.heightForWidth(1000), 380);
    for (ThreadState state : {ThreadState::New, ThreadState::Blocked, ThreadState::Terminated}) {
        diagram.setState(state, QStringLiteral("x"));
        for (const QSize &size : {QSize(500, 190), QSize(1600, 400)}) {
            diagram.resize(size);
            const QImage image = diagram.grab().toImage();
            QCOMPARE(image.size(), size * diagram.devicePixelRatioF());
        }
    }
    QCOMPARE(ThreadStateDiagram::nodeFor(ThreadState::Waiting), Node::NotRunning);
    QCOMPARE(diagram.litText(), QStringLiteral("Terminated (x)"));
}

LAB_TEST_MAIN(TestThreadLifecyclePanel)
#include "tst_threadlifecyclepanel.moc"
