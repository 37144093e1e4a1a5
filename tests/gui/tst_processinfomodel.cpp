// SPDX-License-Identifier: GPL-3.0-or-later
// The processes panel's properties model: one row per property, one column per process, filled from
// /proc fixtures (tests/data/procpid) under QAbstractItemModelTester; columns added and removed as
// workers come and go, a refresh changing one column in place, an ended process disabled.
#include "gui/topics/processes/processinfomodel.h"
#include "labtest.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Lab::Gui;
using Lab::Core::ProcessInfo;
using Row = ProcessInfoModel::Row;

namespace {

ProcessInfo fixture(pid_t pid)
{
    return ProcessInfo::read(pid, QStringLiteral(LAB_TEST_DATA_DIR "/procpid"));
}

QString cell(const ProcessInfoModel &model, int process, Row row, int role = Qt::DisplayRole)
{
    return model.index(row, process).data(role).toString();
}

} // namespace

class TestProcessInfoModel : public QObject
{
    Q_OBJECT
private slots:
    void propertiesReadAcross();
    void columnsFollowTheWorkers();
    void endedProcessIsDisabled();
    void unknownProcessShowsNothing();
};

void TestProcessInfoModel::propertiesReadAcross()
{
    ProcessInfoModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), int(Row::RowCount));
    QCOMPARE(model.columnCount(), 1); // the lab
    const ProcessInfo info = fixture(4242);
    QVERIFY(info.valid);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.showProcess(0, QStringLiteral("this lab"), info, QStringLiteral("the parent"));
    QCOMPARE(headers.size(), 1);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("this lab"));
    QCOMPARE(model.headerData(Row::SessionRow, Qt::Vertical).toString(), QStringLiteral("Session"));
    QVERIFY(
        model.headerData(Row::PipesRow, Qt::Vertical, Qt::ToolTipRole).toString().contains(QStringLiteral("pipes")));

    QCOMPARE(cell(model, 0, Row::PidRow), QStringLiteral("4242"));
    QCOMPARE(cell(model, 0, Row::StatusRow), QStringLiteral("the parent"));
    QCOMPARE(cell(model, 0, Row::StateRow), QStringLiteral("S"));
    QCOMPARE(cell(model, 0, Row::PpidRow), QStringLiteral("4200"));
    QCOMPARE(cell(model, 0, Row::SessionRow), QStringLiteral("4100"));
    QCOMPARE(cell(model, 0, Row::UidRow), QStringLiteral("1000"));
    QCOMPARE(cell(model, 0, Row::ThreadsRow), QStringLiteral("3"));
    QCOMPARE(cell(model, 0, Row::MemoryRow), QLocale().formattedDataSize(6120 * 1024, 1));
    QCOMPARE(cell(model, 0, Row::EnvironmentRow), QStringLiteral("4"));
    QCOMPARE(cell(model, 0, Row::FdsRow), QStringLiteral("7"));
    QCOMPARE(cell(model, 0, Row::SocketsRow), QStringLiteral("2"));
    // The kinds add up to every descriptor.
    int kinds = 0;
    for (Row row : {Row::FilesRow, Row::SocketsRow, Row::PipesRow, Row::OtherFdsRow})
        kinds += cell(model, 0, row).toInt();
    QCOMPARE(kinds, 7);
    QCOMPARE(cell(model, 0, Row::FdsRow, Qt::ToolTipRole).count(QLatin1Char('\n')), 6); // one line per descriptor
    QCOMPARE(cell(model, 0, Row::LibrariesRow), QStringLiteral("4"));
    QVERIFY(cell(model, 0, Row::LibrariesRow, Qt::ToolTipRole).startsWith(QStringLiteral("<p>")));
    QCOMPARE(cell(model, 0, Row::IgnoredRow), QStringLiteral("PIPE"));
    QCOMPARE(cell(model, 0, Row::IgnoredRow, Qt::ToolTipRole), QStringLiteral("SIGPIPE (signal 13)"));
    QCOMPARE(Qt::Alignment(model.index(Row::PidRow, 0).data(Qt::TextAlignmentRole).toInt()),
             Qt::AlignRight | Qt::AlignVCenter);
    QVERIFY(model.flags(model.index(Row::PidRow, 0)).testFlag(Qt::ItemIsEnabled));
}

void TestProcessInfoModel::columnsFollowTheWorkers()
{
    ProcessInfoModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::columnsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::columnsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setProcessCount(3);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(inserted.size(), 1);
    model.setProcessCount(3); // unchanged: nothing announced
    QCOMPARE(inserted.size(), 1);
    model.showProcess(2, QStringLiteral("worker 2"), fixture(4242), QStringLiteral("running"));
    // A refresh changes its own column, every row.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 2));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(Row::RowCount - 1, 2));
    model.setProcessCount(1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.processCount(), 2);
}

void TestProcessInfoModel::endedProcessIsDisabled()
{
    ProcessInfoModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProcessCount(1);
    const ProcessInfo zombie = fixture(77);
    QVERIFY(zombie.valid);
    model.showProcess(1, QStringLiteral("worker 1"), zombie, QStringLiteral("killed by SIGSEGV"), true);
    QCOMPARE(cell(model, 1, Row::StatusRow), QStringLiteral("killed by SIGSEGV"));
    QCOMPARE(cell(model, 1, Row::StateRow), QStringLiteral("–"));  // gone: no state letter
    QCOMPARE(cell(model, 1, Row::MemoryRow), QStringLiteral("–")); // a zombie has no VmRSS
    QCOMPARE(cell(model, 1, Row::FdsRow), QStringLiteral("–"));
    QCOMPARE(model.flags(model.index(Row::PidRow, 1)), Qt::NoItemFlags);
}

void TestProcessInfoModel::unknownProcessShowsNothing()
{
    ProcessInfoModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.showProcess(0, QStringLiteral("worker 1"), ProcessInfo{}, QStringLiteral("starting"));
    QCOMPARE(cell(model, 0, Row::StatusRow), QStringLiteral("starting"));
    for (Row row : {Row::PidRow, Row::PpidRow, Row::ThreadsRow, Row::CaughtRow, Row::MemoryRow})
        QCOMPARE(cell(model, 0, row), QString());
    QVERIFY(!model.index(Row::CaughtRow, 0).data(Qt::ToolTipRole).isValid());
}

LAB_TEST_MAIN(TestProcessInfoModel)
#include "tst_processinfomodel.moc"
