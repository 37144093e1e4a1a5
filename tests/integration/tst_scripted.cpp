// SPDX-License-Identifier: GPL-3.0-or-later
// Scripted demos with the real executable: --play, --present, --set/--run errors.
#include "labtest.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

class TestScripted : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QString err;
    };

    Result run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LAB_BIN_DIR "/concurrency-lab"), arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromLocal8Bit(process.readAllStandardError())};
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void playsAScriptAndQuits()
    {
        const QString script =
            write(QStringLiteral("ok.json"), R"([{"topic": "processes"}, {"present": true}, {"wait": 300}])");
        const QString picture = m_dir.filePath(QStringLiteral("played.png"));
        const Result result = run({QStringLiteral("--play"), script, QStringLiteral("--quit-when-done"),
                                   QStringLiteral("--screenshot"), picture});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QImage image(picture);
        QVERIFY(!image.isNull());
    }

    void errorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mention");
        QTest::newRow("bad step") << QStringList{QStringLiteral("--play"), QStringLiteral("@bad.json")}
                                  << QStringLiteral("step 2: \"wait\"");
        QTest::newRow("set an unknown key") << QStringList{QStringLiteral("--topic"), QStringLiteral("memory"),
                                                           QStringLiteral("--set"), QStringLiteral("count=3")}
                                            << QStringLiteral("--set: unknown key \"count\" for topic \"memory\"");
        QTest::newRow("set a bad value") << QStringList{QStringLiteral("--topic"), QStringLiteral("memory"),
                                                        QStringLiteral("--set"), QStringLiteral("experiment=cache"),
                                                        QStringLiteral("--run")}
                                         << QStringLiteral("--set: experiment: must be");
        QTest::newRow("script sets an unknown key")
            << QStringList{QStringLiteral("--play"), QStringLiteral("@badkey.json")}
            << QStringLiteral("step 2: \"set\": unknown key \"count\" for topic \"memory\"");
    }

    void errorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mention);
        write(QStringLiteral("bad.json"), R"([{"topic": "threads"}, {"wait": "later"}])");
        write(QStringLiteral("badkey.json"), R"([{"topic": "memory"}, {"set": {"count": "3"}}, {"run": true}])");
        for (QString &argument : arguments) {
            if (argument.startsWith(QLatin1Char('@')))
                argument = m_dir.filePath(argument.mid(1));
        }
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(mention), qPrintable(result.err));
        QCOMPARE(result.err.count(QStringLiteral("concurrency-lab:")), 1); // one line of ours (Qt may add its own)
    }

private:
    QTemporaryDir m_dir;
};

LAB_TEST_MAIN(TestScripted)
#include "tst_scripted.moc"
