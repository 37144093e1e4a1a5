// SPDX-License-Identifier: GPL-3.0-or-later
// The processes panel as a student uses it: K real worker processes with their /proc properties,
// Stop, no child left behind (also when the panel goes away), and the event loop: 2 s of work on the
// GUI thread vs the same work in a thread, with the event log.
#include "core/experiments/processinfo.h"
#include "core/trace/tracerecorder.h"
#include "gui/labresources.h"
#include "gui/panels/valuetile.h"
#include "gui/topics/processes/eventlogwidget.h"
#include "gui/topics/processes/eventloopwidget.h"
#include "gui/topics/processes/processespanel.h"
#include "gui/topics/processes/processinfomodel.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>

#include <memory>
#include <unistd.h>

using namespace Lab::Gui;

namespace {

// The table has one row per property and one column per process: the lab, then worker 1..K.
using Row = ProcessInfoModel::Row;
constexpr Row PidRow = ProcessInfoModel::PidRow;
constexpr Row PpidRow = ProcessInfoModel::PpidRow;
constexpr Row PgidRow = ProcessInfoModel::PgidRow;
constexpr Row UidRow = ProcessInfoModel::UidRow;
constexpr Row ThreadsRow = ProcessInfoModel::ThreadsRow;
constexpr Row FdsRow = ProcessInfoModel::FdsRow;
constexpr Row StatusRow = ProcessInfoModel::StatusRow;

bool alive(qint64 pid)
{
    return QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

// Every process whose parent is this test, zombies included (read from /proc, not from the panel).
QList<qint64> childrenOfThisProcess()
{
    QList<qint64> children;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(proc.filePath(entry + QLatin1String("/stat")));
        Lab::Core::ProcessInfo info;
        if (stat.open(QIODevice::ReadOnly) && Lab::Core::ProcessInfo::parseStat(stat.readAll(), &info) &&
            info.ppid == getpid())
            children.append(pid);
    }
    return children;
}

const Lab::Core::LabWorkerStatus *tracedProcess(const QList<Lab::Core::LabWorkerStatus> &workers, qint64 pid)
{
    for (const Lab::Core::LabWorkerStatus &worker : workers) {
        if (worker.isProcess && worker.pid == pid)
            return &worker;
    }
    return nullptr;
}

// `process` 0 is the lab, 1..K the workers.
QString cell(const ProcessInfoModel *model, int process, Row row)
{
    return model->index(row, process).data().toString();
}

QString tip(const ProcessInfoModel *model, int process, Row row)
{
    return model->index(row, process).data(Qt::ToolTipRole).toString();
}

// Waits until every worker column shows a pid; returns them.
QList<qint64> waitForWorkers(ProcessesPanel &panel, int count)
{
    QList<qint64> pids;
    const bool shown = QTest::qWaitFor(
        [&] {
            pids.clear();
            for (int worker = 1; worker <= count; ++worker) {
                const qint64 pid = cell(panel.processModel(), worker, PidRow).toLongLong();
                if (pid <= 0 || cell(panel.processModel(), worker, ThreadsRow).isEmpty())
                    return false;
                pids.append(pid);
            }
            return true;
        },
        10000);
    return shown ? pids : QList<qint64>();
}

double milliseconds(const ValueTile *tile)
{
    return QLocale().toDouble(tile->value().section(QLatin1Char(' '), 0, 0));
}

} // namespace

class TestProcessesPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        initResources();
    }

    void registered()
    {
        const Topic *topic = findTopic(u"processes");
        QVERIFY(topic && topic->createExperiment);
        std::unique_ptr<Experiment> experiment(topic->createExperiment(nullptr));
        QVERIFY(qobject_cast<ProcessesPanel *>(experiment.get()));
        QCOMPARE(experiment->parameterNames(),
                 QStringList({QStringLiteral("processes"), QStringLiteral("seconds"), QStringLiteral("refresh-ms")}));
    }

    void workersShowTheirPropertiesAndStop()
    {
        ProcessesPanel panel;
        QAbstractItemModelTester tester(panel.processModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        panel.resize(1400, 900);
        panel.show();
        QString error;
        QVERIFY(panel.setParameter(QStringLiteral("processes"), QStringLiteral("2"), &error));
        QVERIFY(panel.setParameter(QStringLiteral("seconds"), QStringLiteral("60"), &error));
        QVERIFY(panel.setParameter(QStringLiteral("refresh-ms"), QStringLiteral("100"), &error));
        QSignalSpy finished(&panel, &Experiment::runFinished);
        QTest::mouseClick(panel.runButton(), Qt::LeftButton);
        QVERIFY(panel.isRunning());
        const QList<qint64> pids = waitForWorkers(panel, 2);
        QCOMPARE(pids.size(), 2);
        const ProcessInfoModel *table = panel.processModel();
        const QString me = QString::number(QCoreApplication::applicationPid());
        QCOMPARE(cell(table, 0, PidRow), me); // the lab's own column
        for (int worker = 1; worker <= 2; ++worker) {
            QCOMPARE(cell(table, worker, PpidRow), me); // the test is their parent
            QCOMPARE(cell(table, worker, PgidRow), cell(table, 0, PgidRow));
            QCOMPARE(cell(table, worker, UidRow), cell(table, 0, UidRow));
            // The table refreshes every 100 ms; a worker may still be starting its daemon thread.
            QTRY_VERIFY_WITH_TIMEOUT(cell(table, worker, ThreadsRow).toInt() >= 2, 5000); // main + heartbeat
            QTRY_VERIFY_WITH_TIMEOUT(cell(table, worker, FdsRow).toInt() >= 3, 5000);     // stdin, stdout, stderr
            QTRY_COMPARE_WITH_TIMEOUT(cell(table, worker, StatusRow), QStringLiteral("running"), 5000);
            QVERIFY(alive(pids.at(worker - 1)));
        }
        QVERIFY(pids.at(0) != pids.at(1));
        // Traced: the monitor lists each child process under its own entry.
        int traced = 0;
        for (const Lab::Core::LabWorkerStatus &worker : Lab::Core::TraceRecorder::instance()->workers())
            traced += worker.isProcess && pids.contains(worker.pid) ? 1 : 0;
        QCOMPARE(traced, 2);

        QVERIFY(panel.stopButton()->isEnabled());
        QTest::mouseClick(panel.stopButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("Stopped")),
                 qPrintable(panel.statusLabel()->text()));
        for (int worker = 1; worker <= 2; ++worker) {
            QVERIFY(!alive(pids.at(worker - 1)));
            QVERIFY2(cell(table, worker, StatusRow).startsWith(QStringLiteral("exit code 0")) ||
                         cell(table, worker, StatusRow).startsWith(QStringLiteral("killed by SIGKILL")),
                     qPrintable(cell(table, worker, StatusRow)));
        }
    }

    void theyEndAfterTheirTime()
    {
        ProcessesPanel panel;
        QString error;
        QVERIFY(panel.setParameter(QStringLiteral("processes"), QStringLiteral("1"), &error));
        QVERIFY(panel.setParameter(QStringLiteral("seconds"), QStringLiteral("1"), &error));
        QSignalSpy finished(&panel, &Experiment::runFinished);
        panel.start();
        const QList<qint64> pids = waitForWorkers(panel, 1);
        QCOMPARE(pids.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 8000);
        QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("Done")),
                 qPrintable(panel.statusLabel()->text()));
        QCOMPARE(cell(panel.processModel(), 1, StatusRow), QStringLiteral("exit code 0"));
        QVERIFY(!alive(pids.at(0)));
    }

    void noChildOutlivesThePanel()
    {
        QList<qint64> pids;
        {
            ProcessesPanel panel;
            QString error;
            QVERIFY(panel.setParameter(QStringLiteral("processes"), QStringLiteral("3"), &error));
            panel.start();
            pids = waitForWorkers(panel, 3);
            QCOMPARE(pids.size(), 3);
            for (qint64 pid : pids)
                QVERIFY(alive(pid));
        } // destroyed while they run
        for (qint64 pid : pids)
            QVERIFY2(!alive(pid), qPrintable(QString::number(pid)));
    }

    void propertiesTableShowsSignalsFilesAndLibraries()
    {
        ProcessesPanel panel;
        QAbstractItemModelTester tester(panel.processModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        panel.resize(1400, 900);
        panel.show();
        QString error;
        QVERIFY(panel.setParameter(QStringLiteral("processes"), QStringLiteral("2"), &error));
        QVERIFY(panel.setParameter(QStringLiteral("refresh-ms"), QStringLiteral("100"), &error));
        panel.start();
        const QList<qint64> pids = waitForWorkers(panel, 2);
        QCOMPARE(pids.size(), 2);
        const ProcessInfoModel *table = panel.processModel();
        QCOMPARE(table->headerData(ProcessInfoModel::SessionRow, Qt::Vertical).toString(), QStringLiteral("Session"));
        QCOMPARE(table->headerData(ProcessInfoModel::CaughtRow, Qt::Vertical).toString(),
                 QStringLiteral("Signals caught"));
        const auto number = [&](int process, Row row) { return cell(table, process, row).toInt(); };
        // The workers' own descriptors settle once their threads run; their pipes to the lab are there from the start.
        QTRY_VERIFY_WITH_TIMEOUT(number(1, ProcessInfoModel::PipesRow) >= 3 &&
                                     number(2, ProcessInfoModel::PipesRow) >= 3,
                                 5000); // stdin, stdout, stderr
        for (int process = 0; process <= 2; ++process) {
            const qint64 pid = process == 0 ? QCoreApplication::applicationPid() : pids.at(process - 1);
            QCOMPARE(cell(table, process, ProcessInfoModel::SessionRow), QString::number(getsid(0)));
            QCOMPARE(cell(table, process, ProcessInfoModel::PgidRow), QString::number(getpgrp()));
            QTRY_COMPARE_WITH_TIMEOUT(
                number(process, ProcessInfoModel::FilesRow) + number(process, ProcessInfoModel::SocketsRow) +
                    number(process, ProcessInfoModel::PipesRow) + number(process, ProcessInfoModel::OtherFdsRow),
                number(process, FdsRow), 5000);
            // Each signal row shows what /proc says, by name.
            const Lab::Core::SignalDispositions actions = Lab::Core::SignalDispositions::read(pid_t(pid));
            QVERIFY(actions.valid);
            const auto shown = [](quint64 mask) {
                const QStringList names = Lab::Core::SignalDispositions::names(mask);
                return names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "));
            };
            QTRY_COMPARE_WITH_TIMEOUT(cell(table, process, ProcessInfoModel::CaughtRow), shown(actions.caught), 5000);
            QTRY_COMPARE_WITH_TIMEOUT(cell(table, process, ProcessInfoModel::IgnoredRow), shown(actions.ignored), 5000);
            QVERIFY(number(process, ProcessInfoModel::LibrariesRow) >= 1); // at least libc
        }
        // The lab loads Qt; the worker links no Qt at all.
        QVERIFY(number(0, ProcessInfoModel::LibrariesRow) > number(1, ProcessInfoModel::LibrariesRow));
        QVERIFY(tip(table, 0, ProcessInfoModel::LibrariesRow).contains(QStringLiteral("libQt6Core.so")));
        QVERIFY(!tip(table, 1, ProcessInfoModel::LibrariesRow).contains(QStringLiteral("libQt6")));
        // The worker's stdin is a pipe from the lab; the tool tip names each descriptor's target.
        QVERIFY2(tip(table, 1, FdsRow).startsWith(QStringLiteral("0 → pipe:[")), qPrintable(tip(table, 1, FdsRow)));
        QVERIFY(tip(table, 1, ProcessInfoModel::PipesRow).contains(QStringLiteral("1 → pipe:[")));
        panel.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 5000);
    }

    void crashKillsOneWorkerNotTheOthers()
    {
        QList<qint64> pids;
        {
            ProcessesPanel panel;
            QAbstractItemModelTester tester(panel.processModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
            panel.resize(1400, 900);
            panel.show();
            QString error;
            QVERIFY(panel.setParameter(QStringLiteral("processes"), QStringLiteral("3"), &error));
            QVERIFY(panel.setParameter(QStringLiteral("seconds"), QStringLiteral("60"), &error));
            QVERIFY(panel.setParameter(QStringLiteral("refresh-ms"), QStringLiteral("100"), &error));
            QSignalSpy finished(&panel, &Experiment::runFinished);
            QVERIFY(!panel.crashButton()->isEnabled()); // nothing runs yet
            panel.start();
            pids = waitForWorkers(panel, 3);
            QCOMPARE(pids.size(), 3);
            QTRY_VERIFY_WITH_TIMEOUT(panel.crashButton()->isEnabled(), 5000);
            QCOMPARE(panel.crashButton()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_W));
            QTest::mouseClick(panel.crashButton(), Qt::LeftButton);

            // Worker 2 (the middle one) dies by SIGSEGV, reported by name, pid and signal.
            const ProcessInfoModel *table = panel.processModel();
            QTRY_COMPARE_WITH_TIMEOUT(cell(table, 2, StatusRow), QStringLiteral("killed by SIGSEGV"), 10000);
            QVERIFY(!alive(pids.at(1))); // reaped: not even a zombie
            const QString expected =
                QStringLiteral("Worker 2 (pid %1) was killed by SIGSEGV (signal 11)").arg(pids.at(1));
            QVERIFY2(panel.crashNote()->isVisible() && panel.crashNote()->text().startsWith(expected),
                     qPrintable(panel.crashNote()->text()));

            // The others answer a ping sent after the crash, from their own processes.
            QTRY_VERIFY2_WITH_TIMEOUT(panel.crashNote()->text().endsWith(QStringLiteral("2 of 2 answered since.")),
                                      qPrintable(panel.crashNote()->text()), 10000);
            for (int worker : {1, 3}) {
                QCOMPARE(cell(table, worker, StatusRow), QStringLiteral("answered"));
                QVERIFY(alive(pids.at(worker - 1)));
            }
            QVERIFY(panel.isRunning());
            QVERIFY(!table->flags(table->index(PidRow, 2)).testFlag(Qt::ItemIsEnabled)); // greyed: gone
            QVERIFY(table->flags(table->index(PidRow, 1)).testFlag(Qt::ItemIsEnabled));

            // The monitor's record: the crashed process ended, by that signal; the others run.
            const QList<Lab::Core::LabWorkerStatus> traced = Lab::Core::TraceRecorder::instance()->workers();
            const Lab::Core::LabWorkerStatus *victim = tracedProcess(traced, pids.at(1));
            QVERIFY(victim);
            QCOMPARE(victim->state, Lab::Core::ThreadState::Terminated);
            QCOMPARE(victim->detail, QStringLiteral("killed by SIGSEGV"));
            for (int worker : {1, 3}) {
                const Lab::Core::LabWorkerStatus *survivor = tracedProcess(traced, pids.at(worker - 1));
                QVERIFY(survivor);
                QVERIFY(survivor->state != Lab::Core::ThreadState::Terminated);
            }
            // Two are left: one more crash is allowed, leaving one that goes on; then no more.
            QVERIFY(panel.crashButton()->isEnabled());
            QTest::mouseClick(panel.crashButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(cell(table, 3, StatusRow) == QStringLiteral("killed by SIGSEGV"), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(panel.crashNote()->text().endsWith(QStringLiteral("1 of 1 answered since.")),
                                     10000);
            QVERIFY(!panel.crashButton()->isEnabled());
            QVERIFY(alive(pids.at(0)));

            QTest::mouseClick(panel.stopButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
            QCOMPARE(
                panel.statusLabel()->text(),
                QStringLiteral("Stopped: 3 of 3 worker processes have ended, 2 of them by a crash; none is left."));
            QCOMPARE(cell(table, 1, StatusRow), QStringLiteral("exit code 0"));
        }
        QCOMPARE(childrenOfThisProcess(), QList<qint64>());
    }

    void closingDuringACrashLeavesNoChild()
    {
        {
            ProcessesPanel panel;
            QString error;
            QVERIFY(panel.setParameter(QStringLiteral("processes"), QStringLiteral("3"), &error));
            panel.start();
            QCOMPARE(waitForWorkers(panel, 3).size(), 3);
            QTRY_VERIFY_WITH_TIMEOUT(panel.crashButton()->isEnabled(), 5000);
            panel.crashButton()->click();
            QCoreApplication::processEvents(); // the request is on its way; the worker may or may not have died yet
        }                                      // the window closes while one worker crashes and two run
        QCOMPARE(childrenOfThisProcess(), QList<qint64>());
    }

    void badInputIsRejected()
    {
        ProcessesPanel panel;
        QString error;
        QVERIFY(!panel.setParameter(QStringLiteral("processes"), QStringLiteral("0"), &error));
        QCOMPARE(error, QStringLiteral("processes: must be an integer from 1 to 16 (got \"0\")"));
        QVERIFY(!panel.setParameter(QStringLiteral("refresh-ms"), QStringLiteral("fast"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("refresh-ms: must be an integer from 100 to 5000")),
                 qPrintable(error));
        QVERIFY(!panel.setParameter(QStringLiteral("seconds"), QStringLiteral("3601"), &error));
        QVERIFY(!panel.isRunning());
    }

    void workOnTheGuiThreadFreezesTheLoop()
    {
        ProcessesPanel panel;
        panel.resize(1400, 900);
        panel.show();
        EventLoopWidget *view = panel.eventLoop();
        for (int i = 0; i < panel.tabs()->count(); ++i) {
            if (panel.tabs()->tabText(i) == QLatin1String("Event loop"))
                panel.tabs()->setCurrentIndex(i);
        }
        QTRY_VERIFY(view->eventLog()->isRecording());
        QSignalSpy done(view, &EventLoopWidget::workFinished);

        QTest::mouseClick(view->guiThreadButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 15000);
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QTest::mouseClick(view->workerThreadButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 15000);
        QCOMPARE(done.at(1).at(0).toBool(), false);

        // Relative, not absolute: the frozen loop waited for the whole work, the free one did not.
        const double frozen = milliseconds(view->guiThreadTile());
        const double smooth = milliseconds(view->workerThreadTile());
        QVERIFY2(frozen > 0 && frozen > 4 * smooth, qPrintable(QStringLiteral("%1 vs %2").arg(frozen).arg(smooth)));

        // The log saw the gap, timers and the click's input events.
        QTRY_VERIFY_WITH_TIMEOUT(view->eventLog()->text().contains(QStringLiteral("the event loop was blocked")), 3000);
        QVERIFY(view->eventLog()->total(QStringLiteral("timer")) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(view->eventLog()->total(QStringLiteral("input")) > 0, 3000);
        QVERIFY(view->eventLog()->text().contains(QStringLiteral("timer")));
    }

    void codeListing()
    {
        ProcessesPanel panel;
        auto *cpp = panel.findChild<QPlainTextEdit *>(QStringLiteral("cppListing"));
        auto *python = panel.findChild<QPlainTextEdit *>(QStringLiteral("pythonListing"));
        QVERIFY(cpp->toPlainText().startsWith(QStringLiteral("// src/core/experiments/workerdemoprocess.cpp")));
        QVERIFY(python->toPlainText().contains(QStringLiteral("multiprocessing.Process")));
        QVERIFY(python->toPlainText().contains(QStringLiteral("os.getpid()")));
    }
};

LAB_TEST_MAIN(TestProcessesPanel)
#include "tst_processespanel.moc"
