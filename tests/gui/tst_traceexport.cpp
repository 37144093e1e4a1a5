// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Trace… of the main window: the monitor's recording written as a trace file, and a
// clear message box when it cannot be written.
#include "../core/chrometracecheck.h"
#include "core/trace/tracerecorder.h"
#include "gui/mainwindow.h"
#include "labtest.h"

#include <QAction>
#include <QFile>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Lab;

class TestTraceExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void actionInFileMenu();
    void writesTheRecording();
    void failureOpensMessageBox();
};

void TestTraceExport::actionInFileMenu()
{
    Gui::MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("actionExportTrace"));
    QVERIFY(action);
    QVERIFY(!action->text().isEmpty());
}

void TestTraceExport::writesTheRecording()
{
    Core::TraceRecorder *recorder = Core::TraceRecorder::instance();
    const int id = recorder->registerThread(QStringLiteral("export-probe"));
    recorder->recordState(id, Core::ThreadState::Running);
    recorder->recordState(id, Core::ThreadState::Terminated);
    Gui::MainWindow window;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gui.trace.json"));
    window.exportTraceTo(path);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ChromeTraceCheck::Summary summary = ChromeTraceCheck::check(file.readAll());
    QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.join(u'\n')));
    const QStringList names = summary.threadNames.values();
    QVERIFY(std::any_of(names.cbegin(), names.cend(),
                        [](const QString &name) { return name.startsWith(QStringLiteral("export-probe")); }));
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("traceExportError")));
}

void TestTraceExport::failureOpensMessageBox()
{
    Core::TraceRecorder::instance()->registerThread(QStringLiteral("export-probe-2"));
    Gui::MainWindow window;
    window.exportTraceTo(QStringLiteral("/nonexistent-folder/gui.trace.json"));
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>(QStringLiteral("traceExportError"))), 10000);
    QVERIFY2(box->text().contains(QStringLiteral("does not exist")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QStringLiteral("/nonexistent-folder/gui.trace.json")));
}

LAB_TEST_MAIN(TestTraceExport)
#include "tst_traceexport.moc"
