// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/resultcsv.h"
#include "core/report/resultmarkdown.h"
#include "core/report/resultsummary.h"
#include "labtest.h"

#include <QJsonArray>

using namespace Lab::Core;

namespace {

StrategyStats entry(const char *strategy, int workers, double mean, double stddev, double speedup, double speedupSd)
{
    StrategyStats s;
    s.strategy = QLatin1String(strategy);
    s.workers = workers;
    s.workloadSize = 10000;
    s.runsSeconds = {mean - stddev, mean, mean + stddev};
    s.meanSeconds = mean;
    s.stddevSeconds = stddev;
    s.medianSeconds = mean;
    s.minSeconds = mean - stddev;
    s.maxSeconds = mean + stddev;
    s.speedup = speedup;
    s.speedupStddev = speedupSd;
    s.checksum = QStringLiteral("9f2c");
    s.itemsOk = 10000;
    return s;
}

// seq 0.5 ± 0.1; threads 0.25 ± 0.01 -> 2.00 ± 2*sqrt(0.2^2 + 0.04^2) = 0.41;
// processes 0.625 ± 0 -> 0.8 ± 0.16, i.e. 1.25 ± 0.25 times slower.
BenchmarkResult textSample()
{
    BenchmarkResult r;
    r.experiment = QStringLiteral("factorize");
    r.environment = {
        {QStringLiteral("cpu_model"), QStringLiteral("Test CPU")},
        {QStringLiteral("logical_cores"), 2},
        {QStringLiteral("os"), QStringLiteral("Line one\nline two")},
        {QStringLiteral("memory_bytes"), 4294967296.0},
        {QStringLiteral("caches"), QJsonArray{QJsonObject{{QStringLiteral("level"), 3},
                                                          {QStringLiteral("type"), QStringLiteral("Unified")},
                                                          {QStringLiteral("size_bytes"), 33554432},
                                                          {QStringLiteral("instances"), 1}}}}};
    r.parameters = {{QStringLiteral("count"), 10000},
                    {QStringLiteral("max"), 100000000},
                    {QStringLiteral("algorithm"), QStringLiteral("naive")}};
    r.results = {entry("sequential", 1, 0.5, 0.1, 1, 0), entry("threads", 2, 0.25, 0.01, 2.0, 0.40792),
                 entry("processes", 2, 0.625, 0.0, 0.8, 0.16)};
    r.results[1].note = QStringLiteral("busy, \"really\"");
    r.results[2].itemsOk = 9998;
    r.results[2].itemsFailed = 2;
    r.results[2].errors = {{QStringLiteral("number 17"), QStringLiteral("worker died")}};
    return r;
}

// A small RFC 4180 reader for the test: fields of one line (no embedded newlines in this data).
QStringList parseCsvLine(const QString &line)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                current += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    fields.append(current);
    return fields;
}

} // namespace

class TestReportText : public QObject
{
    Q_OBJECT
private slots:
    void csv();
    void markdownTable();
    void markdownContext();
    void markdownSweep();
    void summary();
    void summaryWithoutBaseline();
    void timesNotCompared();
};

void TestReportText::csv()
{
    const QString text = QString::fromUtf8(ResultCsv::toCsv(textSample()));
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList comments;
    QStringList rows;
    for (const QString &line : lines)
        (line.startsWith(QLatin1String("# ")) ? comments : rows).append(line);
    // Every comment comes first.
    QCOMPARE(lines.mid(0, comments.size()), comments);
    QVERIFY(comments.contains(QStringLiteral("# tool: concurrency-lab")));
    QVERIFY(comments.contains(QStringLiteral("# experiment: factorize")));
    QVERIFY(comments.contains(QStringLiteral("# environment.cpu_model: Test CPU")));
    QVERIFY(comments.contains(QStringLiteral("# environment.logical_cores: 2")));
    QVERIFY(comments.contains(QStringLiteral("# environment.os: Line one line two"))); // never spills a line
    QVERIFY(comments.contains(QStringLiteral("# parameters.count: 10000")));
    QVERIFY(comments.contains(QStringLiteral("# parameters.max: 100000000"))); // no exponent
    QVERIFY(comments.contains(QStringLiteral("# parameters.algorithm: naive")));
    QVERIFY(!comments.contains(QStringLiteral("# cancelled: true")));

    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), ResultCsv::header().join(QLatin1Char(',')));
    const QStringList header = ResultCsv::header();
    const QStringList threads = parseCsvLine(rows.at(2));
    QCOMPARE(threads.size(), header.size());
    auto column = [&header](const QStringList &row, const char *name) {
        return row.at(header.indexOf(QLatin1String(name)));
    };
    QCOMPARE(column(threads, "strategy"), QStringLiteral("threads"));
    QCOMPARE(column(threads, "workers"), QStringLiteral("2"));
    QCOMPARE(column(threads, "mean_s"), QStringLiteral("0.25"));
    QCOMPARE(column(threads, "runs"), QStringLiteral("3"));
    QCOMPARE(column(threads, "runs_s"), QStringLiteral("0.24 0.25 0.26"));
    QCOMPARE(column(threads, "note"), QStringLiteral("busy, \"really\""));
    QCOMPARE(column(threads, "speedup"), QStringLiteral("2"));
    const QStringList processes = parseCsvLine(rows.at(3));
    QCOMPARE(column(processes, "items_failed"), QStringLiteral("2"));
    QCOMPARE(column(processes, "errors"), QStringLiteral("number 17: worker died"));

    BenchmarkResult cancelled = textSample();
    cancelled.cancelled = true;
    QVERIFY(ResultCsv::toCsv(cancelled).contains("# cancelled: true\n"));
}

void TestReportText::markdownTable()
{
    const QString md = ResultMarkdown::toMarkdown(textSample());
    const QStringList lines = md.split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("| Strategy | Workers | Mean ± σ [s] | Min [s] | Max [s] | Relative |"));
    QCOMPARE(lines.at(1), QStringLiteral("|:---|---:|---:|---:|---:|---:|"));
    // Relative to the fastest (threads): 0.5/0.25 = 2.00 ± 2*sqrt((0.1/0.5)^2 + (0.01/0.25)^2) = 0.41.
    QCOMPARE(lines.at(2), QStringLiteral("| `sequential` | 1 | 0.5000 ± 0.1000 | 0.4000 | 0.6000 | 2.00 ± 0.41 |"));
    QCOMPARE(lines.at(3), QStringLiteral("| `threads` | 2 | 0.2500 ± 0.0100 | 0.2400 | 0.2600 | 1.00 |"));
    QCOMPARE(lines.at(4), QStringLiteral("| `processes` | 2 | 0.6250 ± 0.0000 | 0.6250 | 0.6250 | 2.50 ± 0.10 |"));
    QCOMPARE(lines.at(5), QString());
}

void TestReportText::markdownContext()
{
    const QString md = ResultMarkdown::toMarkdown(textSample());
    QVERIFY(md.contains(QStringLiteral("- threads (2 workers) ran 2.00 ± 0.41 times faster than sequential\n")));
    QVERIFY(md.contains(QLatin1String("**Environment**")));
    QVERIFY(md.contains(QLatin1String("- **cpu_model**: Test CPU\n")));
    QVERIFY(md.contains(QLatin1String("- **memory_bytes**: 4 GiB\n")));
    QVERIFY(md.contains(QStringLiteral("- **caches**: L3 Unified 32 MiB × 1\n")));
    QVERIFY(md.contains(QLatin1String("**Parameters**")));
    QVERIFY(md.contains(QLatin1String("- **count**: 10000\n")));
    QVERIFY(md.contains(QLatin1String("- **max**: 100000000\n")));
    QVERIFY(md.contains(QLatin1String("- **algorithm**: naive\n")));
    QVERIFY(md.indexOf(QLatin1String("**Environment**")) > md.indexOf(QLatin1String("| `threads`")));
}

void TestReportText::markdownSweep()
{
    BenchmarkResult r = textSample();
    StrategyStats big = entry("sequential", 1, 5.0, 0.1, 1, 0);
    big.workloadSize = 100000;
    StrategyStats failed = entry("threads", 2, 0, 0, 0, 0);
    failed.workloadSize = 100000;
    failed.runsSeconds.clear();
    r.results.append({big, failed});
    const QString md = ResultMarkdown::toMarkdown(r);
    QVERIFY(md.contains(QLatin1String("**Workload size 10000**")));
    QVERIFY(md.contains(QLatin1String("**Workload size 100000**")));
    // 5 s: three decimals suffice; an entry without runs says so instead of showing zeros.
    QVERIFY(md.contains(QStringLiteral("| `sequential` | 1 | 5.000 ± 0.100 | 4.900 | 5.100 | 1.00 |")));
    QVERIFY(md.contains(QStringLiteral("| `threads` | 2 | failed | – | – | – |")));
}

void TestReportText::summary()
{
    const QStringList lines = ResultSummary::lines(textSample());
    QCOMPARE(lines.at(0), QStringLiteral("threads (2 workers) ran 2.00 ± 0.41 times faster than sequential"));
    QCOMPARE(lines.at(1), QStringLiteral("processes (2 workers) ran 1.25 ± 0.25 times slower than sequential"));
    QVERIFY(lines.contains(QStringLiteral("Note on threads (2 workers): busy, \"really\"")));
    QVERIFY(lines.contains(
        QStringLiteral("processes (2 workers): 2 of 10000 items failed (first: number 17: worker died)")));

    BenchmarkResult stopped = textSample();
    stopped.failure = QStringLiteral("processes (2 workers), run 2: worker 4242 was killed by signal 9");
    QVERIFY(ResultSummary::toText(stopped).contains(QLatin1String("stopped early: processes (2 workers), run 2")));
}

void TestReportText::summaryWithoutBaseline()
{
    BenchmarkResult r;
    r.results = {entry("async", 4, 0.3, 0.0, 0, 0), entry("threads", 4, 0.2, 0.0, 0, 0)};
    const QStringList lines = ResultSummary::lines(r);
    QCOMPARE(lines,
             (QStringList{QStringLiteral("threads (4 workers) ran 1.50 ± 0.00 times faster than async (4 workers)")}));
}

void TestReportText::timesNotCompared()
{
    // Entries that last a set time (the philosophers' dinners) are not ranked against each other.
    BenchmarkResult r;
    r.results = {entry("none", 5, 0.02, 0.0, 0, 0), entry("ordering", 5, 5.1, 0.0, 0, 0)};
    r.timesCompared = false;
    QVERIFY(ResultSummary::lines(r).isEmpty());
    const QStringList md = ResultMarkdown::toMarkdown(r).split(QLatin1Char('\n'));
    QVERIFY2(md.at(2).endsWith(QStringLiteral("| – |")), qPrintable(md.at(2)));
    QVERIFY2(md.at(3).endsWith(QStringLiteral("| – |")), qPrintable(md.at(3)));
}

LAB_TEST_GUILESS_MAIN(TestReportText)
#include "tst_reporttext.moc"
