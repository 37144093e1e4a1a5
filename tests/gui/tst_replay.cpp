// SPDX-License-Identifier: GPL-3.0-or-later
// Replay of a recording made by a real `run philosophers --trace`: opened in the main window, the
// monitor's table shows each lab thread's state at the cursor (checked at several cursor positions
// against the recording), the presenter keys drive the bar, "L" returns to live; bad files give one
// message, in the window and from `--open`. The primitives panels draw the recording at the cursor
// (the philosophers' table: who waits for which fork, who holds it) and go back to live when it is
// left; File > Open Recording… reads on a pool thread.
#include "core/trace/chrometracereader.h"
#include "core/trace/tracerecorder.h"
#include "gui/mainwindow.h"
#include "gui/monitor/monitorwidget.h"
#include "gui/monitor/threadtablemodel.h"
#include "gui/monitor/timelinewidget.h"
#include "gui/replay/replaybar.h"
#include "gui/replay/replaycontroller.h"
#include "gui/replay/replaysession.h"
#include "gui/topics/deadlock/deadlockpanel.h"
#include "gui/topics/deadlock/diningtablewidget.h"
#include "gui/topics/deadlock/philosopherspage.h"
#include "gui/topics/replayframe.h"
#include "labtest.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Lab;
using Core::ThreadState;

namespace {

const QString Lab = QStringLiteral(LAB_BIN_DIR "/concurrency-lab");

// Every lab thread row of the table: worker id -> textbook state.
QHash<int, int> tableStates(const Gui::ThreadTableModel *model)
{
    QHash<int, int> states;
    for (int p = 0; p < model->rowCount(); ++p) {
        const QModelIndex process = model->index(p, 0);
        for (int r = 0; r < model->rowCount(process); ++r) {
            const QModelIndex row = model->index(r, 0, process);
            const int worker = row.data(Gui::ThreadTableModel::WorkerIdRole).toInt();
            if (worker >= 0)
                states.insert(worker, row.data(Gui::ThreadTableModel::LabStateRole).toInt());
        }
    }
    return states;
}

// What the recording says each lab thread is at `timeNs`, for the threads the table lists: those
// alive, New, or ended within the table's few seconds.
QHash<int, int> expectedStates(const Core::TraceRecording &recording, qint64 timeNs)
{
    QHash<int, int> states;
    QHash<int, qint64> finished;
    for (const Core::TraceEvent &e : recording.events) {
        if (e.timeNs > timeNs || e.workerId < 0)
            continue;
        if (e.kind == Core::TraceEventKind::Mark || e.kind == Core::TraceEventKind::PacerHeld ||
            e.kind == Core::TraceEventKind::PacerReleased)
            continue;
        states.insert(e.workerId, int(e.state));
        if (e.state == ThreadState::Terminated)
            finished.insert(e.workerId, e.timeNs);
    }
    for (auto it = finished.cbegin(); it != finished.cend(); ++it) {
        if ((timeNs - it.value()) / 1'000'000 >= Gui::ThreadTableModel::KeepTerminatedMs)
            states.remove(it.key());
    }
    return states;
}

int runLab(const QStringList &arguments, QByteArray *stderrText = nullptr)
{
    QProcess process;
    process.setProgram(Lab);
    process.setArguments(arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start();
    if (!process.waitForFinished(120000))
        return -1;
    if (stderrText)
        *stderrText = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

} // namespace

class TestReplay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tableFollowsTheCursor();
    void keysDriveTheBar();
    void philosophersTableFollowsTheCursor();
    void waitCycleOfAFrame();
    void openRecordingReadsOffTheGuiThread();
    void badFilesInTheWindow_data();
    void badFilesInTheWindow();
    void openOptionRefusesBadFiles_data();
    void openOptionRefusesBadFiles();

private:
    QTemporaryDir m_dir;
    QString m_trace;
    Core::TraceRecording m_recording;
};

void TestReplay::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_trace = m_dir.filePath(QStringLiteral("philosophers.json"));
    QByteArray errors;
    const int code = runLab({QStringLiteral("run"), QStringLiteral("philosophers"), QStringLiteral("--philosophers"),
                             QStringLiteral("3"), QStringLiteral("--remedies"), QStringLiteral("ordering"),
                             QStringLiteral("--seconds"), QStringLiteral("1"), QStringLiteral("--trace"), m_trace},
                            &errors);
    QVERIFY2(code == 0, errors.constData());
    QString error;
    std::optional<Core::TraceRecording> recording = Core::ChromeTraceReader::read(m_trace, &error);
    QVERIFY2(recording, qPrintable(error));
    m_recording = *std::move(recording);
    QVERIFY(m_recording.workers.size() >= 3);
}

void TestReplay::tableFollowsTheCursor()
{
    Gui::MainWindow window;
    auto *monitor = new Gui::MonitorWidget;
    QAbstractItemModelTester tester(monitor->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.setMonitorWidget(monitor);
    window.show();
    QString error;
    QVERIFY2(window.openRecordingFile(m_trace, &error), qPrintable(error));
    Gui::ReplaySession *replay = window.replay();
    QVERIFY(replay->isActive());
    QVERIFY(monitor->isReplaying());
    QVERIFY(!monitor->isSampling());
    QVERIFY2(replay->banner().startsWith(QStringLiteral("Replay of run philosophers --philosophers 3")),
             qPrintable(replay->banner()));
    QVERIFY2(!replay->banner().contains(QStringLiteral("--trace")), qPrintable(replay->banner()));
    QVERIFY(replay->banner().contains(QStringLiteral(" on ")));
    QCOMPARE(window.windowTitle(), replay->banner());

    Gui::ReplayController *controller = replay->controller();
    // A philosopher's first Blocked (waiting for a fork) and, later, when it runs again.
    int worker = -1;
    qint64 blockedAt = 0;
    qint64 runningAt = 0;
    for (const Core::TraceEvent &e : m_recording.events) {
        if (blockedAt == 0 && e.kind == Core::TraceEventKind::StateChanged && e.state == ThreadState::Blocked) {
            worker = e.workerId;
            blockedAt = e.timeNs;
        } else if (blockedAt != 0 && e.workerId == worker && e.kind == Core::TraceEventKind::StateChanged &&
                   e.state == ThreadState::Running) {
            runningAt = e.timeNs;
            break;
        }
    }
    QVERIFY2(worker >= 0 && runningAt > blockedAt, "the run has a philosopher that waited for a fork");

    for (const qint64 cursor : {blockedAt, runningAt, (blockedAt + runningAt) / 2, controller->endNs()}) {
        controller->setCursor(cursor);
        const QHash<int, int> shown = tableStates(monitor->model());
        QCOMPARE(shown, expectedStates(m_recording, cursor));
    }
    controller->setCursor(blockedAt);
    QCOMPARE(tableStates(monitor->model()).value(worker), int(ThreadState::Blocked));
    QVERIFY2(replay->bar()->primitivesText().contains(QStringLiteral("waiting: ")),
             qPrintable(replay->bar()->primitivesText()));
    controller->setCursor(runningAt); // forward: only the events after the last position are added
    QCOMPARE(tableStates(monitor->model()).value(worker), int(ThreadState::Running));
    controller->setCursor(blockedAt); // back: refilled from the start
    QCOMPARE(tableStates(monitor->model()).value(worker), int(ThreadState::Blocked));
    // The timeline shows the recording's time, not the clock's: the cursor is inside the visible range.
    const auto range = monitor->timeline()->visibleRange();
    const double cursorS = double(blockedAt - m_recording.events.first().timeNs) / 1e9;
    QVERIFY2(range.first <= cursorS && cursorS <= range.second,
             qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(cursorS).arg(range.first).arg(range.second)));
    QVERIFY(monitor->timeline()->laneCount() >= 3);

    replay->leave();
    QVERIFY(!monitor->isReplaying());
    QVERIFY(monitor->isSampling());
    QVERIFY(!window.windowTitle().startsWith(QStringLiteral("Replay")));
}

void TestReplay::keysDriveTheBar()
{
    Gui::MainWindow window;
    auto *monitor = new Gui::MonitorWidget;
    window.setMonitorWidget(monitor);
    window.show();
    QString error;
    QVERIFY2(window.openRecordingFile(m_trace, &error), qPrintable(error));
    Gui::ReplayController *controller = window.replay()->controller();
    Gui::ReplayBar *bar = window.replay()->bar();
    QCOMPARE(controller->cursorNs(), controller->startNs());
    const qsizetype before = controller->eventsShown();
    QTest::keyClick(bar->slider(), Qt::Key_Right); // on the slider too: the bar's key, not the slider's
    QVERIFY(controller->cursorNs() > controller->startNs());
    qsizetype atCursor = 0; // the next event and those of the same nanosecond
    for (const Core::TraceEvent &e : m_recording.events)
        atCursor += e.timeNs == controller->cursorNs() ? 1 : 0;
    QCOMPARE(controller->eventsShown(), before + atCursor);
    QTest::keyClick(bar, Qt::Key_S);
    const qint64 afterTwo = controller->cursorNs();
    QTest::keyClick(bar, Qt::Key_Left);
    QVERIFY(controller->cursorNs() < afterTwo);
    QTest::keyClick(bar, Qt::Key_Space);
    QVERIFY(controller->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(controller->cursorNs() > afterTwo, 5000);
    QTest::keyClick(bar, Qt::Key_Space);
    QVERIFY(!controller->isPlaying());
    QTest::keyClick(bar, Qt::Key_End);
    QCOMPARE(controller->cursorNs(), controller->endNs());
    QTest::keyClick(bar, Qt::Key_L);
    QVERIFY(!window.replay()->isActive());
    QVERIFY(!monitor->isReplaying());
}

void TestReplay::philosophersTableFollowsTheCursor()
{
    Gui::MainWindow window;
    window.setMonitorWidget(new Gui::MonitorWidget);
    window.show();
    QString error;
    QVERIFY2(window.openRecordingFile(m_trace, &error), qPrintable(error));
    Gui::ReplayController *controller = window.replay()->controller();
    QVERIFY(window.showTopic(QStringLiteral("deadlock"))); // opened during the replay: it gets the frame at once
    auto *panel = window.findChild<Gui::DeadlockPanel *>();
    QVERIFY(panel);
    Gui::DiningTableWidget *table = panel->table();
    QCOMPARE(table->snapshot().philosophers.size(), 3);
    QVERIFY(panel->philosophersPage()->currentRemedy()->text().contains(QStringLiteral("Replay")));

    // A philosopher that waited for a fork its neighbour held, as the recording says.
    static const QRegularExpression wait(QStringLiteral("^on \"fork-(\\d+)\" \\(held by (philosopher-\\d+)\\)$"));
    qint64 at = 0;
    QString waiter;
    QString holder;
    int fork = -1;
    for (const Core::TraceEvent &e : m_recording.events) {
        const QRegularExpressionMatch match = wait.match(e.detail);
        if (e.kind == Core::TraceEventKind::StateChanged && e.state == ThreadState::Blocked && match.hasMatch()) {
            at = e.timeNs;
            fork = match.captured(1).toInt() - 1;
            holder = match.captured(2);
            for (const Core::LabWorkerStatus &w : m_recording.workers)
                waiter = w.workerId == e.workerId ? w.name : waiter;
            break;
        }
    }
    QVERIFY2(fork >= 0 && !waiter.isEmpty(), "the run has a philosopher that waited for a held fork");
    controller->setCursor(at);
    Core::DiningPhilosophers::Snapshot shown = table->snapshot();
    QCOMPARE(shown.forks.at(fork).name, QStringLiteral("fork-%1").arg(fork + 1));
    QCOMPARE(shown.forks.at(fork).owner, holder);
    QVERIFY2(shown.forks.at(fork).waiters.contains(waiter), qPrintable(shown.forks.at(fork).waiters.join(u',')));
    const int seat = waiter.section(u'-', 1).toInt() - 1;
    QCOMPARE(shown.philosophers.at(seat).state, Core::DiningPhilosophers::State::Hungry);
    // Back to the start: nobody waits for anything yet.
    controller->setCursor(controller->startNs());
    shown = table->snapshot();
    for (const Core::SyncSnapshot &f : std::as_const(shown.forks))
        QVERIFY2(f.waiters.isEmpty(), qPrintable(f.name));
    // Forward to the wait again, then leave: the table shows the panel's own (never run) dinner.
    controller->setCursor(at);
    QVERIFY(table->snapshot().forks.at(fork).waiters.contains(waiter));
    window.replay()->leave();
    QVERIFY(table->snapshot().philosophers.isEmpty());
    QVERIFY(!panel->philosophersPage()->currentRemedy()->text().contains(QStringLiteral("Replay")));
}

void TestReplay::waitCycleOfAFrame()
{
    // Three lab threads at a cursor: 1 waits on a held by 2, 2 on b held by 3, 3 on c held by 2: the
    // circle is 2 -> 3 -> 2 (1 waits into it but is not on it); a fourth waits on a free semaphore.
    Gui::ReplayFrame frame;
    const auto thread = [&frame](const QString &name, ThreadState state, const QString &detail) {
        Core::LabWorkerStatus w;
        w.workerId = int(frame.workers.size());
        w.name = name;
        w.state = state;
        w.detail = detail;
        frame.workers.append(w);
    };
    thread(QStringLiteral("t1"), ThreadState::Blocked, QStringLiteral("on \"a\" (held by t2)"));
    thread(QStringLiteral("t2"), ThreadState::Blocked, QStringLiteral("on \"b\" (held by t3)"));
    thread(QStringLiteral("t4"), ThreadState::Waiting, QStringLiteral("on \"s\""));
    QVERIFY(frame.waitCycle().cycle.isEmpty()); // t3 does not wait: no circle
    QCOMPARE(frame.waitsOn(frame.workers.at(2)), QStringLiteral("s"));
    thread(QStringLiteral("t3"), ThreadState::Blocked, QStringLiteral("on \"c\" (held by t2)"));
    const Core::DeadlockReport report = frame.waitCycle();
    QCOMPARE(report.cycle.size(), 2);
    QCOMPARE(report.cycle.at(0).thread, QStringLiteral("t2"));
    QCOMPARE(report.cycle.at(0).waitsOn, QStringLiteral("b"));
    QCOMPARE(report.cycle.at(0).heldBy, QStringLiteral("t3"));
    QCOMPARE(report.cycle.at(1).thread, QStringLiteral("t3"));
    QCOMPARE(report.cycle.at(1).heldBy, QStringLiteral("t2"));
    frame.workers[3].finishedNs = 1; // t3 ended: the circle is open
    QVERIFY(frame.waitCycle().cycle.isEmpty());
}

void TestReplay::openRecordingReadsOffTheGuiThread()
{
    Gui::MainWindow window;
    window.setMonitorWidget(new Gui::MonitorWidget);
    window.show();
    window.openRecordingOrSay(m_trace);
    // Returned before the file was read: the busy bar shows, the replay begins when the pool thread is done.
    auto *busy = window.findChild<QProgressBar *>(QStringLiteral("recordingReadProgress"));
    QVERIFY(busy);
    QVERIFY(busy->isVisible());
    QVERIFY(!window.replay() || !window.replay()->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(window.replay() && window.replay()->isActive(), 20000);
    QVERIFY(!busy->isVisible());
    QVERIFY(window.replay()->banner().startsWith(QStringLiteral("Replay of run philosophers")));
    window.replay()->leave();

    // A bad file: one message box, the window stays live.
    const QString path = m_dir.filePath(QStringLiteral("not-a-trace.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"traceEvents":[]})");
    file.close();
    window.openRecordingOrSay(path);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>(QStringLiteral("recordingOpenError"))), 20000);
    QVERIFY2(box->text().contains(QStringLiteral("the field \"otherData.tool\" is missing")), qPrintable(box->text()));
    QVERIFY(!busy->isVisible());
    QVERIFY(!window.replay()->isActive());
}

void TestReplay::badFilesInTheWindow_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("perfetto's") << QByteArray(R"({"traceEvents":[]})")
                                << QStringLiteral("the field \"otherData.tool\" is missing");
    QTest::newRow("truncated") << QByteArray(R"({"otherData":{"tool":"concurrency-lab"},"traceEvents":[{"ph":"X",)")
                               << QStringLiteral("(the file may be truncated)");
    QTest::newRow("no events") << QByteArray(R"({"otherData":{"tool":"concurrency-lab"},"traceEvents":[]})")
                               << QStringLiteral("the recording holds no events of lab threads");
}

void TestReplay::badFilesInTheWindow()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    Gui::MainWindow window;
    window.setMonitorWidget(new Gui::MonitorWidget);
    QString error;
    QVERIFY(!window.openRecordingFile(path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot open the recording \"%1\": ").arg(path)), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!window.replay()->isActive());
}

void TestReplay::openOptionRefusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("No such file or directory");
    QTest::newRow("not the lab's") << QByteArray(R"({"otherData":{"tool":"hotspot"},"traceEvents":[]})")
                                   << QStringLiteral(
                                          "\"otherData.tool\" must be \"concurrency-lab\" (got \"hotspot\")");
    QTest::newRow("truncated") << QByteArray(R"({"otherData":{"tool":"concurrency-lab"},"traceEv)")
                               << QStringLiteral("(the file may be truncated)");
}

void TestReplay::openOptionRefusesBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path =
        m_dir.filePath(QStringLiteral("open-%1.json").arg(QString::fromLatin1(QTest::currentDataTag())));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }
    QByteArray errors;
    QCOMPARE(runLab({QStringLiteral("--open"), path}, &errors), 2);
    const QString text = QString::fromLocal8Bit(errors).trimmed();
    QVERIFY2(!text.contains(u'\n'), qPrintable(text)); // one line
    QVERIFY2(text.startsWith(QStringLiteral("concurrency-lab: --open: cannot open \"%1\": ").arg(path)),
             qPrintable(text));
    QVERIFY2(text.contains(message), qPrintable(text));
}

LAB_TEST_MAIN(TestReplay)
#include "tst_replay.moc"
