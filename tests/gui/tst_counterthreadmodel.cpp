// SPDX-License-Identifier: GPL-3.0-or-later
// The threads panel's table model: threads reporting in (in any order), a new round replacing the
// rows, the round's end adding increments, the stack distances, under QAbstractItemModelTester.
#include "gui/topics/threads/counterthreadmodel.h"
#include "labtest.h"

#include <QAbstractItemModelTester>
#include <QFontDatabase>
#include <QSignalSpy>

using namespace Lab::Gui;
using Lab::Core::CounterThreadReport;
using CounterColumn = CounterThreadModel::Column;

namespace {

constexpr quintptr Shared = 0x55d0c0de1000;
constexpr quintptr FirstStack = 0x7f0000800000;

CounterThreadReport counterThread(int index, pid_t tid, qint64 stackOffset = 0, qint64 increments = 0)
{
    CounterThreadReport r;
    r.index = index;
    r.tid = tid;
    r.name = QStringLiteral("counter-%1").arg(index + 1);
    r.sharedCounterAddress = Shared;
    r.stackVariableAddress = quintptr(qint64(FirstStack) + stackOffset);
    r.increments = increments;
    return r;
}

QString counterCell(const CounterThreadModel &model, int row, CounterColumn column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestCounterThreadModel : public QObject
{
    Q_OBJECT
private slots:
    void threadsReportInAnyOrder();
    void newRoundReplacesTheRows();
    void roundEndAddsIncrements();
    void distance_data();
    void distance();
    void addressFont();
};

void TestCounterThreadModel::threadsReportInAnyOrder()
{
    CounterThreadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.report(counterThread(2, 1003, -16 * 1024 * 1024));
    QCOMPARE(model.rowCount(), 3); // rows 0 and 1 wait for their threads
    QCOMPARE(counterCell(model, 0, CounterColumn::TidColumn), QString());
    QCOMPARE(counterCell(model, 2, CounterColumn::NameColumn), QStringLiteral("counter-3"));
    QCOMPARE(counterCell(model, 2, CounterColumn::TidColumn), QStringLiteral("1003"));
    QCOMPARE(counterCell(model, 2, CounterColumn::DistanceColumn), QString()); // no first stack yet

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.report(counterThread(0, 1001));
    QCOMPARE(inserted.size(), 1); // filled in place
    QCOMPARE(counterCell(model, 0, CounterColumn::SharedColumn), QStringLiteral("0x55d0c0de1000"));
    QCOMPARE(counterCell(model, 0, CounterColumn::StackColumn), QStringLiteral("0x7f0000800000"));
    // The first stack arrived: the others' distance changes with it.
    QCOMPARE(counterCell(model, 2, CounterColumn::DistanceColumn), QStringLiteral("−16 MiB"));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(1, CounterColumn::DistanceColumn));
    QCOMPARE(changed.at(1).at(1).toModelIndex(), model.index(2, CounterColumn::DistanceColumn));
    QCOMPARE(Qt::Alignment(model.index(1, CounterColumn::TidColumn).data(Qt::TextAlignmentRole).toInt()),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model.headerData(CounterColumn::TidColumn, Qt::Horizontal).toString(), QStringLiteral("TID"));
}

void TestCounterThreadModel::newRoundReplacesTheRows()
{
    CounterThreadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (int i = 0; i < 4; ++i)
        model.report(counterThread(i, 1001 + i, i * 8192));
    QCOMPARE(model.rowCount(), 4);
    model.report(counterThread(1, 1001 + 1)); // the same thread again: no new round
    QCOMPARE(model.rowCount(), 4);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.report(counterThread(1, 2002)); // another tid at a known index: round 2 began
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(counterCell(model, 0, CounterColumn::TidColumn), QString());
    QCOMPARE(counterCell(model, 1, CounterColumn::TidColumn), QStringLiteral("2002"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.threads().isEmpty());
}

void TestCounterThreadModel::roundEndAddsIncrements()
{
    CounterThreadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.report(counterThread(0, 1001));
    model.report(counterThread(1, 1002, 8192));
    QCOMPARE(counterCell(model, 1, CounterColumn::IncrementsColumn), QString());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setThreads(
        {counterThread(0, 1001, 0, 20000), counterThread(1, 1002, 8192, 20000), counterThread(2, 1003, 16384, 19000)});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(counterCell(model, 0, CounterColumn::IncrementsColumn), QLocale().toString(20000));
    QCOMPARE(counterCell(model, 2, CounterColumn::IncrementsColumn), QLocale().toString(19000));
    model.setThreads({counterThread(0, 1001, 0, 5)});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(counterCell(model, 0, CounterColumn::IncrementsColumn), QStringLiteral("5"));
}

void TestCounterThreadModel::distance_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("text");
    QTest::newRow("bytes") << qint64(-96) << QStringLiteral("−96 bytes");
    QTest::newRow("KiB") << qint64(132 * 1024) << QStringLiteral("+132 KiB");
    QTest::newRow("MiB") << qint64(8 * 1024 * 1024 + 4096) << QStringLiteral("+8.00 MiB");
    QTest::newRow("GiB below") << qint64(-(qint64(8) << 30)) << QStringLiteral("−8 GiB");
}

void TestCounterThreadModel::distance()
{
    QFETCH(qint64, offset);
    QFETCH(QString, text);
    CounterThreadModel model;
    model.setThreads({counterThread(0, 1001), counterThread(1, 1002, offset)});
    QCOMPARE(counterCell(model, 0, CounterColumn::DistanceColumn), QString()); // the first stack is the origin
    QCOMPARE(counterCell(model, 1, CounterColumn::DistanceColumn), text);
}

void TestCounterThreadModel::addressFont()
{
    CounterThreadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.report(counterThread(0, 1001));
    QVERIFY(!model.index(0, CounterColumn::StackColumn).data(Qt::FontRole).isValid());
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(31);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setAddressFont(fixed);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, CounterColumn::StackColumn).data(Qt::FontRole).value<QFont>(), fixed);
    QCOMPARE(model.index(0, CounterColumn::SharedColumn).data(Qt::FontRole).value<QFont>(), fixed);
    QVERIFY(!model.index(0, CounterColumn::NameColumn).data(Qt::FontRole).isValid());
    model.setAddressFont(fixed); // unchanged: nothing announced
    QCOMPARE(changed.size(), 1);
}

LAB_TEST_MAIN(TestCounterThreadModel)
#include "tst_counterthreadmodel.moc"
