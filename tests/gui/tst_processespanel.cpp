// SPDX-License-Identifier: GPL-3.0-or-later
// The processes panel as a student uses it: K real worker processes with their /proc properties,
// Stop, no child left behind (also when the panel goes away), and the event loop: 2 s of work on the
// GUI thread vs the same work in a thread, with the event log.
#include "core/trace/tracerecorder.h"
#include "gui/labresources.h"
#include "gui/panels/valuetile.h"
#include "gui/topics/processes/eventlogwidget.h"
#include "gui/topics/processes/eventloopview.h"
#include "gui/topics/processes/processespanel.h"
#include "gui/topics/topicregistry.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Lab::Gui;

namespace {

// The table has one row per property and one column per process: the lab, then worker 1..K.
enum Row
{
    PidRow = 0,
    PpidRow = 1,
    PgidRow = 2,
    UidRow = 3,
    ThreadsRow = 5,
    FdsRow = 6,
    StatusRow = 10
};

bool alive(qint64 pid)
{
    return QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

// `process` 0 is the lab, 1..K the workers.
QString cell(const QTableWidget *table, int process, Row row)
{
    const QTableWidgetItem *item = table->item(row, process);
    return item ? item->text() : QString();
}

// Waits until every worker column shows a pid; returns them.
QList<qint64> waitForWorkers(ProcessesPanel &panel, int count)
{
    QList<qint64> pids;
    const bool shown = QTest::qWaitFor(
        [&] {
            pids.clear();
            for (int worker = 1; worker <= count; ++worker) {
                const qint64 pid = cell(panel.processTable(), worker, PidRow).toLongLong();
                if (pid <= 0 || cell(panel.processTable(), worker, ThreadsRow).isEmpty())
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
        QTableWidget *table = panel.processTable();
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
                         cell(table, worker, StatusRow).startsWith(QStringLiteral("ended by")),
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
        QCOMPARE(cell(panel.processTable(), 1, StatusRow), QStringLiteral("exit code 0"));
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
        EventLoopView *view = panel.eventLoop();
        for (int i = 0; i < panel.tabs()->count(); ++i) {
            if (panel.tabs()->tabText(i) == QLatin1String("Event loop"))
                panel.tabs()->setCurrentIndex(i);
        }
        QTRY_VERIFY(view->eventLog()->isRecording());
        QSignalSpy done(view, &EventLoopView::workFinished);

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

QTEST_MAIN(TestProcessesPanel)
#include "tst_processespanel.moc"
