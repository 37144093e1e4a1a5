// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark results table's model: a real factorization benchmark's result under
// QAbstractItemModelTester, the texts of each column, tool tips, and a new result or a language
// change as the smallest change (rows kept, inserted, removed; headers announced).
#include "core/report/resultjson.h"
#include "core/runners/factorbenchmark.h"
#include "gui/panels/benchmarkresultmodel.h"
#include "gui/panels/benchmarkresultswidget.h"
#include "labtest.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>

using namespace Lab::Gui;
using Lab::Core::BenchmarkResult;
using ResultColumn = BenchmarkResultModel::Column;

namespace {

QString resultCell(const QAbstractItemModel &model, int row, ResultColumn column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

BenchmarkResult fixture(const QString &name)
{
    QString error;
    const auto result = Lab::Core::ResultJson::read(
        QStringLiteral(LAB_TEST_DATA_DIR "/results/") + name + QStringLiteral(".json"), &error);
    if (!result)
        qFatal("fixture %s: %s", qPrintable(name), qPrintable(error));
    return *result;
}

} // namespace

class TestBenchmarkResultModel : public QObject
{
    Q_OBJECT
private slots:
    void realRun();
    void columnTexts();
    void errorsInToolTip();
    void newResultIsTheSmallestChange();
    void retranslateAnnouncesHeaders();
    void viewShowsTheModel();
};

void TestBenchmarkResultModel::realRun()
{
    BenchmarkResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.columnCount(), int(ResultColumn::ColumnCount));

    Lab::Core::FactorBenchmark setup;
    Lab::Core::FactorizeOptions options;
    options.strategies = {QStringLiteral("sequential"), QStringLiteral("threads")};
    options.workers = {2};
    options.count = 300;
    options.warmup = 0;
    options.runs = 2;
    QString error;
    QVERIFY2(setup.prepare(options, &error), qPrintable(error));
    QSignalSpy finished(setup.benchmark(), &Lab::Core::Benchmark::finished);
    setup.benchmark()->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const auto result = finished.at(0).at(0).value<BenchmarkResult>();
    QVERIFY(result.failure.isEmpty());

    model.setResult(result);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(resultCell(model, 0, ResultColumn::StrategyColumn), QStringLiteral("sequential"));
    QCOMPARE(resultCell(model, 1, ResultColumn::StrategyColumn), QStringLiteral("threads"));
    QCOMPARE(resultCell(model, 1, ResultColumn::WorkersColumn), QStringLiteral("2"));
    // Both strategies factorized the same 300 numbers.
    QCOMPARE(resultCell(model, 0, ResultColumn::ItemsDoneColumn), QStringLiteral("300"));
    QCOMPARE(resultCell(model, 0, ResultColumn::ChecksumColumn), result.results.at(0).checksum);
    QCOMPARE(resultCell(model, 1, ResultColumn::ChecksumColumn), resultCell(model, 0, ResultColumn::ChecksumColumn));
    // Two measured runs: a spread, and a speedup against sequential.
    QVERIFY2(resultCell(model, 1, ResultColumn::MeanColumn).contains(QStringLiteral(" ± ")),
             qPrintable(resultCell(model, 1, ResultColumn::MeanColumn)));
    QVERIFY2(resultCell(model, 1, ResultColumn::SpeedupColumn).endsWith(QStringLiteral("×")),
             qPrintable(resultCell(model, 1, ResultColumn::SpeedupColumn)));
    QCOMPARE(model.stats(1).workers, 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestBenchmarkResultModel::columnTexts()
{
    BenchmarkResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    BenchmarkResult result = fixture(QStringLiteral("factorize-outline"));
    result.results[0].runsSeconds = {result.results[0].meanSeconds}; // one run: no spread claimed
    result.results[0].workloadSize = 10000;
    result.results[1].workloadSize = 0; // not known: a dash
    model.setResult(result);
    QCOMPARE(model.rowCount(), 4);

    const Lab::Core::StrategyStats &cpython = result.results.at(3);
    QVERIFY(cpython.reference);
    QCOMPARE(resultCell(model, 3, ResultColumn::StrategyColumn), QStringLiteral("cpython (reference)"));
    QCOMPARE(resultCell(model, 3, ResultColumn::NotesColumn), QStringLiteral("python3 3.11.2, same numbers"));
    QCOMPARE(resultCell(model, 3, ResultColumn::NotesColumn, Qt::ToolTipRole),
             QStringLiteral("python3 3.11.2, same numbers"));
    QVERIFY(!model.index(0, ResultColumn::NotesColumn).data(Qt::ToolTipRole).isValid());

    QCOMPARE(resultCell(model, 0, ResultColumn::ItemsColumn), QLocale().toString(qint64(10000)));
    QCOMPARE(resultCell(model, 1, ResultColumn::ItemsColumn), QStringLiteral("–"));
    QVERIFY(!resultCell(model, 0, ResultColumn::MeanColumn).contains(QStringLiteral("±")));
    QVERIFY(resultCell(model, 1, ResultColumn::MeanColumn).contains(QStringLiteral("±")));
    QCOMPARE(resultCell(model, 0, ResultColumn::MedianColumn),
             result.results.at(0).medianSeconds < 1
                 ? QStringLiteral("%1 ms").arg(QLocale().toString(result.results.at(0).medianSeconds * 1e3, 'f', 1))
                 : QStringLiteral("%1 s").arg(QLocale().toString(result.results.at(0).medianSeconds, 'f', 3)));
    QVERIFY(resultCell(model, 0, ResultColumn::RangeColumn).contains(QStringLiteral(" … ")));
    QVERIFY(resultCell(model, 0, ResultColumn::CpuColumn).contains(QStringLiteral(" / ")));

    // Numbers right-aligned, words left.
    const auto alignment = [&](ResultColumn column) {
        return Qt::Alignment(model.index(0, column).data(Qt::TextAlignmentRole).toInt());
    };
    QCOMPARE(alignment(ResultColumn::WorkersColumn), Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(alignment(ResultColumn::ItemsDoneColumn), Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(alignment(ResultColumn::StrategyColumn), Qt::Alignment());
    QCOMPARE(alignment(ResultColumn::ChecksumColumn), Qt::Alignment());

    QCOMPARE(model.headerData(ResultColumn::SpeedupColumn, Qt::Horizontal).toString(), QStringLiteral("Speedup"));
    QCOMPARE(model.headerData(ResultColumn::ChecksumColumn, Qt::Horizontal).toString(), QStringLiteral("Checksum"));
}

void TestBenchmarkResultModel::errorsInToolTip()
{
    BenchmarkResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    BenchmarkResult result = fixture(QStringLiteral("download"));
    Lab::Core::StrategyStats &threads = result.results[1];
    threads.itemsOk = 17;
    threads.itemsFailed = 25;
    for (int i = 0; i < 25; ++i)
        threads.errors.append({QStringLiteral("image-%1.png").arg(i), QStringLiteral("HTTP 500")});
    model.setResult(result);
    QCOMPARE(resultCell(model, 1, ResultColumn::ItemsDoneColumn), QStringLiteral("17 ok, 25 failed"));
    const QStringList lines =
        resultCell(model, 1, ResultColumn::ItemsDoneColumn, Qt::ToolTipRole).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 20); // the first 20 of 25
    QCOMPARE(lines.first(), QStringLiteral("image-0.png: HTTP 500"));
    QVERIFY(!model.index(0, ResultColumn::ItemsDoneColumn).data(Qt::ToolTipRole).isValid());
}

void TestBenchmarkResultModel::newResultIsTheSmallestChange()
{
    BenchmarkResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setResult(fixture(QStringLiteral("download"))); // 4 rows
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 0);

    model.setResult(fixture(QStringLiteral("factorize-workers"))); // 11 rows: 4 updated, 7 appended
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 3);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 4);
    QCOMPARE(inserted.at(1).at(2).toInt(), 10);
    QCOMPARE(resultCell(model, 10, ResultColumn::StrategyColumn), QStringLiteral("processes"));
    QCOMPARE(resultCell(model, 10, ResultColumn::WorkersColumn), QStringLiteral("16"));

    model.setResult(fixture(QStringLiteral("factorize-outline"))); // 4 rows: 7 removed
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 4);
    QCOMPARE(resultCell(model, 3, ResultColumn::StrategyColumn), QStringLiteral("cpython (reference)"));
    QCOMPARE(reset.size(), 0);
}

void TestBenchmarkResultModel::retranslateAnnouncesHeaders()
{
    BenchmarkResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(headers.size(), 1);
    QCOMPARE(changed.size(), 0); // no rows, nothing to announce
    model.setResult(fixture(QStringLiteral("download")));
    model.retranslate();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(3, ResultColumn::ColumnCount - 1));
}

void TestBenchmarkResultModel::viewShowsTheModel()
{
    BenchmarkResultsWidget view;
    auto *table = view.findChild<QTableView *>(QStringLiteral("benchmarkTable"));
    QVERIFY(table);
    QCOMPARE(table, view.table());
    QCOMPARE(table->model(), view.model());
    QCOMPARE(table->selectionBehavior(), QAbstractItemView::SelectRows);
    view.setResult(fixture(QStringLiteral("download")));
    QCOMPARE(table->model()->rowCount(), 4);
    view.clear();
    QCOMPARE(table->model()->rowCount(), 0);
}

LAB_TEST_MAIN(TestBenchmarkResultModel)
#include "tst_benchmarkresultmodel.moc"
