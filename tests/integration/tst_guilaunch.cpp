// SPDX-License-Identifier: GPL-3.0-or-later
// The concurrency-lab executable's GUI flags, run as a user would run them.
#include "labtest.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

class TestGuiLaunch : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Result run(const QStringList &arguments, bool withDisplay = false)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // --help, --version and bad arguments must work with no display at all.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (withDisplay)
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        else
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")); // would fail if a window opened
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LAB_BIN_DIR "/concurrency-lab"), arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        Result result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        result.err = QString::fromLocal8Bit(process.readAllStandardError());
        return result;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void versionAndHelp()
    {
        const Result version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QStringLiteral("concurrency-lab " LAB_VERSION)), qPrintable(version.out));

        const Result help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--topic")));
        QVERIFY(help.out.contains(QStringLiteral("Commands:")));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mention");
        QTest::newRow("--bogus") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("--bogus");
        QTest::newRow("--topic nope") << QStringList{QStringLiteral("--topic"), QStringLiteral("nope")}
                                      << QStringLiteral("threads, processes");
        QTest::newRow("--lang xx") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")}
                                   << QStringLiteral("--lang");
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mention);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(result.err.contains(mention), qPrintable(result.err));
    }

    void quitWhenDoneWritesMetricsAndScreenshot()
    {
        const QString metrics = m_dir.filePath(QStringLiteral("metrics.json"));
        const QString screenshot = m_dir.filePath(QStringLiteral("window.png"));
        const Result result =
            run({QStringLiteral("--topic"), QStringLiteral("threads"), QStringLiteral("--quit-when-done"),
                 QStringLiteral("--metrics"), metrics, QStringLiteral("--screenshot"), screenshot},
                true);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        QFile file(metrics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(root.value(QStringLiteral("startup_ms")).toDouble() > 0);
        QVERIFY(root.value(QStringLiteral("peak_rss_mb")).toDouble() > 0);
        QCOMPARE(root.value(QStringLiteral("topic")).toString(), QStringLiteral("threads"));
        const QJsonObject latency = root.value(QStringLiteral("event_loop_latency_ms")).toObject();
        for (const char *key : {"p50", "p99", "max", "samples"})
            QVERIFY2(latency.contains(QLatin1String(key)), key);
        QVERIFY(latency.value(QStringLiteral("samples")).toInt() > 0);
        QVERIFY(latency.value(QStringLiteral("p50")).toDouble() <= latency.value(QStringLiteral("max")).toDouble());

        QImage image(screenshot);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100 && image.height() > 100);
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("*.png*")}, QDir::Files).size() == 1); // no temp left
    }

private:
    QTemporaryDir m_dir;
};

LAB_TEST_GUILESS_MAIN(TestGuiLaunch)
#include "tst_guilaunch.moc"
