// SPDX-License-Identifier: GPL-3.0-or-later
// Every topic fits the four screens of the lecture: presenter mode at 1920x1080 and 1280x720, normal
// mode at 1920x1080 and 1366x768. The layout audit (--layout-report) finds no problem in the window
// as `concurrency-lab --topic ID [--present]` opens it, with fresh settings, each topic shown in turn
// (in presenter mode: its experiment stage; the slides are tst_slides' part).
//
// The lab sizes its first window (and presenter mode its full screen) from the screen it is on, and
// the offscreen platform fixes its screens when the application starts: so each screen is one run of
// this program as a child (`--screen normal 1366x768`) on one offscreen screen of that size
// (QT_QPA_PLATFORM=offscreen:configfile=...), which prints what the audit finds as JSON lines.
// Runs of each topic's experiment are audited by scripts/layout-audit.sh under Xvfb (about 25 min);
// docs/presenter.md says why and what each covers.
#include "gui/labresources.h"
#include "gui/layoutaudit.h"
#include "gui/mainwindow.h"
#include "gui/monitor/monitorwidget.h"
#include "gui/presenter/presentercontroller.h"
#include "gui/topics/topicpage.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Lab::Gui;

namespace {

void printLine(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
    std::fflush(stdout);
}

// The child: one screen, every topic, one JSON line per topic and per problem.
int auditScreen(int argc, char **argv, bool present)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("concurrency-lab"));
    QCoreApplication::setApplicationName(QStringLiteral("concurrency-lab"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // fresh settings: the first window a user gets on this screen
    QSettings().sync();

    MainWindow window;
    window.setMonitorWidget(new MonitorWidget);
    if (present)
        window.presenter()->setActive(true);
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowExposed(&window))
        return 3;
    const QSize screen = window.screen()->size();
    printLine({{QStringLiteral("screen"), QJsonArray{screen.width(), screen.height()}},
               {QStringLiteral("window"), QJsonArray{window.width(), window.height()}}});
    for (const Topic &topic : topics()) {
        window.showTopic(topic.id);
        TopicPage *page = window.currentPage();
        if (present && page && page->experimentStage() >= 0)
            page->setStage(page->experimentStage()); // what a run shows
        QTest::qWait(100);                           // deferred layouts, the monitor's first samples
        // Content that arrived at the end of the wait (the memory page's machine facts come from a pool
        // thread, later on a slow machine or under ASan) has posted its layout requests: apply them, as
        // the next frame would, so the audit judges the layout the user sees and not one in flux.
        for (int round = 0; round < 3; ++round)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QList<LayoutProblem> problems = auditLayout(&window);
        printLine({{QStringLiteral("topic"), topic.id}, {QStringLiteral("problems"), int(problems.size())}});
        for (const LayoutProblem &problem : problems)
            printLine({{QStringLiteral("problem"), topic.id},
                       {QStringLiteral("widget"), problem.widget},
                       {QStringLiteral("kind"), problem.kind},
                       {QStringLiteral("detail"), problem.detail}});
    }
    return 0;
}

} // namespace

class TestLayoutScreens : public QObject
{
    Q_OBJECT

private slots:
    void everyTopicOnEveryScreen_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QSize>("screen");
        QTest::newRow("presenter 1920x1080") << QStringLiteral("present") << QSize(1920, 1080);
        QTest::newRow("presenter 1280x720") << QStringLiteral("present") << QSize(1280, 720);
        QTest::newRow("normal 1920x1080") << QStringLiteral("normal") << QSize(1920, 1080);
        QTest::newRow("normal 1366x768") << QStringLiteral("normal") << QSize(1366, 768);
    }

    void everyTopicOnEveryScreen()
    {
        QFETCH(QString, mode);
        QFETCH(QSize, screen);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // One screen at 96 dpi, as Xvfb gives; no window frame, as Xvfb without a window manager.
        const QJsonObject config{
            {QStringLiteral("windowFrameMargins"), false},
            {QStringLiteral("screens"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("lab")},
                                                               {QStringLiteral("x"), 0},
                                                               {QStringLiteral("y"), 0},
                                                               {QStringLiteral("width"), screen.width()},
                                                               {QStringLiteral("height"), screen.height()},
                                                               {QStringLiteral("logicalDpi"), 96},
                                                               {QStringLiteral("logicalBaseDpi"), 96},
                                                               {QStringLiteral("dpr"), 1}}}},
        };
        QFile file(dir.filePath(QStringLiteral("screen.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(config).toJson());
        file.close();

        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"),
                           QStringLiteral("offscreen:configfile=") + file.fileName());
        environment.insert(QStringLiteral("HOME"), dir.path()); // the child's settings stay in here
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {Lab::Test::currentTestName(), QStringLiteral("--screen"), mode,
                     QStringLiteral("%1x%2").arg(screen.width()).arg(screen.height())});
        QVERIFY(child.waitForStarted());
        QVERIFY2(child.waitForFinished(240'000), "the audit of one screen took more than 4 minutes");
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);

        QSize shownScreen;
        QStringList audited;
        QStringList problems;
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.contains(QStringLiteral("screen"))) {
                const QJsonArray size = object.value(QStringLiteral("screen")).toArray();
                shownScreen = QSize(size.at(0).toInt(), size.at(1).toInt());
            } else if (object.contains(QStringLiteral("topic"))) {
                audited.append(object.value(QStringLiteral("topic")).toString());
            } else if (object.contains(QStringLiteral("problem"))) {
                problems.append(QStringLiteral("%1: %2 %3: %4")
                                    .arg(object.value(QStringLiteral("problem")).toString(),
                                         object.value(QStringLiteral("kind")).toString(),
                                         object.value(QStringLiteral("widget")).toString(),
                                         object.value(QStringLiteral("detail")).toString()));
            }
        }
        for (const QString &problem : std::as_const(problems))
            qInfo().noquote() << problem; // all of them: a failure message is cut at 1,000 characters
        QCOMPARE(shownScreen, screen);    // the child really had the screen asked for
        QCOMPARE(audited, topicIds());
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size()) +
                                                problems.join(QLatin1Char('\n'))));
    }
};

namespace {

// The screens are audited in a child process (a screen is chosen when the application starts); the
// child is this program again with --screen.
int layoutScreensMain(int argc, char **argv)
{
    if (argc >= 4 && qstrcmp(argv[1], "--screen") == 0) {
        int childArgc = 1; // Qt's own options are not ours to pass on
        return auditScreen(childArgc, argv, qstrcmp(argv[2], "present") == 0);
    }
    QCoreApplication app(argc, argv);
    TestLayoutScreens test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

} // namespace

LAB_TEST_REGISTER(layoutScreensMain)

#include "tst_layoutscreens.moc"
