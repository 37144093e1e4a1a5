// SPDX-License-Identifier: GPL-3.0-or-later
// --play scripts (parsing, validation, playing) and the --present/--set/--run/--play options.
#include "gui/labresources.h"
#include "gui/launchoptions.h"
#include "gui/mainwindow.h"
#include "gui/presenter/playscript.h"
#include "gui/presenter/presentercontroller.h"
#include "gui/presenter/scriptplayer.h"
#include "gui/topics/experiment.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace Lab::Gui;

namespace {

class CountingExperiment final : public Experiment
{
public:
    using Experiment::Experiment;
    QStringList parameterNames() const override { return {QStringLiteral("count")}; }
    bool setParameter(const QString &key, const QString &value, QString *error) override
    {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (key != QLatin1String("count") || !ok || n < 1 || n > 1000) {
            *error = QStringLiteral("count: must be 1..1000 (got \"%1\")").arg(value);
            return false;
        }
        count = n;
        return true;
    }
    void start() override
    {
        m_running = true;
        emit runStarted();
        QTimer::singleShot(50, this, [this] {
            m_running = false;
            emit runFinished();
        });
    }
    void cancel() override {}
    bool isRunning() const override { return m_running; }
    int count = 0;

private:
    bool m_running = false;
};

} // namespace

class TestPlay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("concurrency-lab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_play"));
        initResources();
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void parsesEveryStepKind()
    {
        QList<PlayStep> steps;
        QString error;
        QVERIFY2(parsePlayScript(R"([{"topic": "threads"}, {"set": {"count": "200", "workers": 4}}, {"run": true},
                                     {"wait": 2000}, {"wait": "finished"}, {"pause": "key"}, {"present": false}])",
                                 &steps, &error),
                 qPrintable(error));
        QCOMPARE(steps.size(), 7);
        QCOMPARE(steps.at(0).topic, QStringLiteral("threads"));
        QCOMPARE(steps.at(1).settings.size(), 2);
        QCOMPARE(steps.at(1).settings.at(1).second, QStringLiteral("4"));
        QCOMPARE(steps.at(2).kind, PlayStep::Kind::Run);
        QCOMPARE(steps.at(3).waitMs, 2000);
        QCOMPARE(steps.at(4).kind, PlayStep::Kind::WaitRun);
        QCOMPARE(steps.at(5).kind, PlayStep::Kind::PauseKey);
        QVERIFY(!steps.at(6).present);
    }

    void rejectsBadSteps_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mention");
        QTest::newRow("not json") << QByteArray("[{") << QStringLiteral("not valid JSON");
        QTest::newRow("not a list") << QByteArray(R"({"run": true})") << QStringLiteral("JSON list");
        QTest::newRow("empty") << QByteArray("[]") << QStringLiteral("empty");
        QTest::newRow("unknown field") << QByteArray(R"([{"run": true}, {"jump": 1}])")
                                       << QStringLiteral("step 2: unknown field \"jump\"");
        QTest::newRow("two fields") << QByteArray(R"([{"run": true, "wait": 1}])")
                                    << QStringLiteral("step 1: must have exactly one");
        QTest::newRow("bad topic") << QByteArray(R"([{"topic": "nope"}])")
                                   << QStringLiteral("step 1: \"topic\" must be one of threads");
        QTest::newRow("bad wait") << QByteArray(R"([{"wait": "soon"}])") << QStringLiteral("step 1: \"wait\" must be");
        QTest::newRow("negative wait") << QByteArray(R"([{"wait": -5}])") << QStringLiteral("step 1: \"wait\"");
        QTest::newRow("bad run") << QByteArray(R"([{"run": 1}])") << QStringLiteral("step 1: \"run\" must be true");
        QTest::newRow("bad pause") << QByteArray(R"([{"pause": 3}])")
                                   << QStringLiteral("step 1: \"pause\" must be \"key\"");
        QTest::newRow("bad set") << QByteArray(R"([{"set": "count=3"}])")
                                 << QStringLiteral("step 1: \"set\" must be an object");
        QTest::newRow("bad set value") << QByteArray(R"([{"set": {"count": [1]}}])")
                                       << QStringLiteral("\"count\" must be a string");
        QTest::newRow("bad present") << QByteArray(R"([{"present": "yes"}])") << QStringLiteral("step 1: \"present\"");
    }

    void rejectsBadSteps()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mention);
        QList<PlayStep> steps;
        QString error;
        QVERIFY(!parsePlayScript(json, &steps, &error));
        QVERIFY2(error.contains(mention), qPrintable(error));
    }

    void launchOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mention"); // empty: accepted
        QTest::newRow("present") << QStringList{QStringLiteral("--present")} << QString();
        QTest::newRow("set twice") << QStringList{QStringLiteral("--set"), QStringLiteral("count=3"),
                                                  QStringLiteral("--set=workers=2"), QStringLiteral("--run")}
                                   << QString();
        QTest::newRow("set no =") << QStringList{QStringLiteral("--set"), QStringLiteral("count")}
                                  << QStringLiteral("--set: must be KEY=VALUE");
        QTest::newRow("set no key") << QStringList{QStringLiteral("--set"), QStringLiteral("=3")}
                                    << QStringLiteral("--set: must be KEY=VALUE");
        QTest::newRow("set no value") << QStringList{QStringLiteral("--set")} << QStringLiteral("--set: needs a value");
        QTest::newRow("play missing") << QStringList{QStringLiteral("--play"), QStringLiteral("/nonexistent/x.json")}
                                      << QStringLiteral("--play: cannot read");
        QTest::newRow("play with run") << QStringList{QStringLiteral("--play"), QStringLiteral("x.json"),
                                                      QStringLiteral("--run")}
                                       << QStringLiteral("cannot be combined");
    }

    void launchOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mention);
        arguments.prepend(QStringLiteral("concurrency-lab"));
        LaunchOptions options;
        QString error;
        const bool ok = parseLaunchOptions(arguments, &options, &error);
        QCOMPARE(ok, mention.isEmpty());
        if (!ok)
            QVERIFY2(error.contains(mention), qPrintable(error));
        if (arguments.contains(QStringLiteral("--present")))
            QVERIFY(options.present);
        if (ok && arguments.contains(QStringLiteral("--run"))) {
            QVERIFY(options.run);
            const QList<std::pair<QString, QString>> expected{{QStringLiteral("count"), QStringLiteral("3")},
                                                              {QStringLiteral("workers"), QStringLiteral("2")}};
            QCOMPARE(options.settings, expected);
        }
    }

    void playFileIsParsedUpFront()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"([{"topic": "threads"}, {"wait": "later"}])");
        file.close();
        LaunchOptions options;
        QString error;
        QVERIFY(
            !parseLaunchOptions({QStringLiteral("concurrency-lab"), QStringLiteral("--play"), path}, &options, &error));
        QVERIFY2(error.contains(QStringLiteral("step 2: \"wait\"")), qPrintable(error));
    }

    void validateNeedsExperimentsAndKnownKeys()
    {
        MainWindow window;
        CountingExperiment experiment;
        QList<PlayStep> steps;
        QString error;
        QVERIFY(parsePlayScript(R"([{"topic": "processes"}, {"set": {"speed": "3"}}])", &steps, &error));
        ScriptPlayer withKey(steps, &window);
        withKey.setExperimentLookup([&](const QString &) { return &experiment; });
        QVERIFY(!withKey.validate(QStringLiteral("threads"), &error));
        QVERIFY2(error.contains(QStringLiteral("step 2: \"set\": unknown key \"speed\"")) &&
                     error.contains(QStringLiteral("count")),
                 qPrintable(error));

        ScriptPlayer noExperiment(steps, &window);
        noExperiment.setExperimentLookup([](const QString &) { return nullptr; });
        QVERIFY(!noExperiment.validate(QStringLiteral("threads"), &error));
        QVERIFY2(error.contains(QStringLiteral("has no experiment")), qPrintable(error));

        QVERIFY(parsePlayScript(R"([{"wait": "finished"}])", &steps, &error));
        ScriptPlayer waitFirst(steps, &window);
        QVERIFY(!waitFirst.validate(QStringLiteral("threads"), &error));
        QVERIFY2(error.contains(QStringLiteral("step 1")), qPrintable(error));
    }

    void shippedExampleIsValid()
    {
        // docs/examples/lecture-threads.json, as README and presenter.md offer it, against the real panels.
        QFile file(QStringLiteral(LAB_TEST_DATA_DIR "/../../docs/examples/lecture-threads.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<PlayStep> steps;
        QString error;
        QVERIFY2(parsePlayScript(file.readAll(), &steps, &error), qPrintable(error));
        MainWindow window;
        ScriptPlayer player(steps, &window);
        QVERIFY2(player.validate(QStringLiteral("threads"), &error), qPrintable(error));
    }

    void playsATwoStepScript()
    {
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QList<PlayStep> steps;
        QString error;
        QVERIFY(parsePlayScript(R"([{"topic": "processes"}, {"pause": "key"}])", &steps, &error));
        ScriptPlayer player(steps, &window);
        QVERIFY(player.validate(window.currentTopicId(), &error));
        QSignalSpy finished(&player, &ScriptPlayer::finished);
        player.start();
        QTRY_VERIFY(player.isWaitingForKey());
        QCOMPARE(window.currentTopicId(), QStringLiteral("processes"));
        QVERIFY(finished.isEmpty());
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_PageDown);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).toBool());
        // The key continued the script and did not also move to the next topic.
        QCOMPARE(window.currentTopicId(), QStringLiteral("processes"));
    }

    void playsSetRunWaitAndPresent()
    {
        MainWindow window;
        window.show();
        CountingExperiment experiment;
        QList<PlayStep> steps;
        QString error;
        QVERIFY(parsePlayScript(R"([{"set": {"count": 7}}, {"run": true}, {"wait": "finished"}, {"present": true}])",
                                &steps, &error));
        ScriptPlayer player(steps, &window);
        player.setExperimentLookup([&](const QString &) { return &experiment; });
        QVERIFY2(player.validate(window.currentTopicId(), &error), qPrintable(error));
        QSignalSpy started(&experiment, &Experiment::runStarted);
        QSignalSpy finished(&player, &ScriptPlayer::finished);
        player.start();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).toBool());
        QCOMPARE(experiment.count, 7);
        QCOMPARE(started.size(), 1);
        QVERIFY(!experiment.isRunning()); // "finished" waited for the end of the run
        QVERIFY(window.presenter()->isActive());
        window.presenter()->setActive(false);

        // A bad value fails when its step runs, naming the step.
        QVERIFY(parsePlayScript(R"([{"set": {"count": "lots"}}])", &steps, &error));
        ScriptPlayer bad(steps, &window);
        bad.setExperimentLookup([&](const QString &) { return &experiment; });
        QSignalSpy badFinished(&bad, &ScriptPlayer::finished);
        bad.start();
        QTRY_COMPARE(badFinished.size(), 1);
        QVERIFY(!badFinished.at(0).at(0).toBool());
        QVERIFY2(badFinished.at(0).at(1).toString().contains(QStringLiteral("step 1: \"set\": count")),
                 qPrintable(badFinished.at(0).at(1).toString()));
    }

private:
    QTemporaryDir m_dir;
};

LAB_TEST_MAIN(TestPlay)
#include "tst_play.moc"
