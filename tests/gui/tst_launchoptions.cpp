// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/labresources.h"
#include "gui/launchoptions.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Lab::Gui;

class TestLaunchOptions : public QObject
{
    Q_OBJECT

private:
    static QStringList argv(const QStringList &arguments)
    {
        return QStringList{QStringLiteral("concurrency-lab")} + arguments;
    }

private slots:
    void initTestCase()
    {
        initResources();
        QVERIFY(m_dir.isValid());
    }

    void noArgumentsOpensTheWindow()
    {
        LaunchOptions options;
        QString error;
        QVERIFY(parseLaunchOptions(argv({}), &options, &error));
        QCOMPARE(options.action, LaunchOptions::Action::OpenWindow);
        QVERIFY(options.topic.isEmpty());
        QVERIFY(!options.quitWhenDone);
    }

    void validOptions()
    {
        const QString png = m_dir.filePath(QStringLiteral("shot.png"));
        const QString json = m_dir.filePath(QStringLiteral("metrics.json"));
        LaunchOptions options;
        QString error;
        QVERIFY2(parseLaunchOptions(argv({QStringLiteral("--topic"), QStringLiteral("memory"), QStringLiteral("--lang"),
                                          QStringLiteral("de"), QStringLiteral("--screenshot"), png,
                                          QStringLiteral("--metrics=") + json, QStringLiteral("--quit-when-done")}),
                                    &options, &error),
                 qPrintable(error));
        QCOMPARE(options.topic, QStringLiteral("memory"));
        QCOMPARE(options.language, QStringLiteral("de"));
        QCOMPARE(options.screenshotFile, png);
        QCOMPARE(options.metricsFile, json);
        QVERIFY(options.quitWhenDone);
    }

    void helpAndVersion_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<LaunchOptions::Action>("action");
        QTest::newRow("--help") << QStringLiteral("--help") << LaunchOptions::Action::ShowHelp;
        QTest::newRow("-h") << QStringLiteral("-h") << LaunchOptions::Action::ShowHelp;
        QTest::newRow("--version") << QStringLiteral("--version") << LaunchOptions::Action::ShowVersion;
        QTest::newRow("-v") << QStringLiteral("-v") << LaunchOptions::Action::ShowVersion;
    }

    void helpAndVersion()
    {
        QFETCH(QString, argument);
        QFETCH(LaunchOptions::Action, action);
        LaunchOptions options;
        QString error;
        QVERIFY(parseLaunchOptions(argv({argument}), &options, &error));
        QCOMPARE(options.action, action);
    }

    void qtOwnOptionsPassThrough()
    {
        LaunchOptions options;
        QString error;
        QVERIFY2(
            parseLaunchOptions(argv({QStringLiteral("-platform"), QStringLiteral("offscreen"),
                                     QStringLiteral("--topic"), QStringLiteral("threads"), QStringLiteral("-reverse")}),
                               &options, &error),
            qPrintable(error));
        QCOMPARE(options.qtArguments,
                 (QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("-reverse")}));
        QCOMPARE(options.topic, QStringLiteral("threads"));
    }

    void rejects_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("mustMention");

        const QString allIds = topicIds().join(QStringLiteral(", "));
        QTest::newRow("unknown topic") << QStringList{QStringLiteral("--topic"), QStringLiteral("nope")}
                                       << QStringList{QStringLiteral("--topic"), QStringLiteral("\"nope\""), allIds};
        QTest::newRow("topic without value") << QStringList{QStringLiteral("--topic")}
                                             << QStringList{QStringLiteral("--topic"), QStringLiteral("threads")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")}
                                        << QStringList{QStringLiteral("--bogus"), QStringLiteral("--topic")};
        QTest::newRow("unknown language")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")}
            << QStringList{QStringLiteral("--lang"), QStringLiteral("en, de"), QStringLiteral("\"xx\"")};
        QTest::newRow("stray argument") << QStringList{QStringLiteral("frobnicate")}
                                        << QStringList{QStringLiteral("\"frobnicate\"")};
        QTest::newRow("screenshot not png") << QStringList{QStringLiteral("--screenshot"), QStringLiteral("a.jpg")}
                                            << QStringList{QStringLiteral("--screenshot"), QStringLiteral(".png")};
        QTest::newRow("screenshot in missing folder")
            << QStringList{QStringLiteral("--screenshot"), QStringLiteral("/no/such/folder/a.png")}
            << QStringList{QStringLiteral("--screenshot"), QStringLiteral("/no/such/folder")};
        QTest::newRow("metrics not json") << QStringList{QStringLiteral("--metrics"), QStringLiteral("m.txt")}
                                          << QStringList{QStringLiteral("--metrics"), QStringLiteral(".json")};
    }

    void rejects()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, mustMention);
        LaunchOptions options;
        QString error;
        QVERIFY(!parseLaunchOptions(argv(arguments), &options, &error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        for (const QString &word : mustMention)
            QVERIFY2(error.contains(word), qPrintable(error + QStringLiteral(" lacks ") + word));
    }

    void helpListsOptionsAndCommands()
    {
        const QList<Lab::Core::Command> commands = {
            {QStringLiteral("sysinfo"), QStringLiteral("sysinfo [--json]"), false, nullptr},
            {QStringLiteral("run factorize"), QStringLiteral("factorize numbers"), false, nullptr},
        };
        const QString help = launchHelpText(commands);
        for (const QString &word :
             {QStringLiteral("--topic"), QStringLiteral("--lang"), QStringLiteral("--screenshot"),
              QStringLiteral("--metrics"), QStringLiteral("--quit-when-done"), QStringLiteral("--help"),
              QStringLiteral("--version"), QStringLiteral("concurrency-lab sysinfo [--json]"),
              QStringLiteral("concurrency-lab run factorize  factorize numbers")})
            QVERIFY2(help.contains(word), qPrintable(word));
    }

private:
    QTemporaryDir m_dir;
};

LAB_TEST_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
