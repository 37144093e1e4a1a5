// SPDX-License-Identifier: GPL-3.0-or-later
#include "launchcontroller.h"

#include "framequeue.h"
#include "launchmetrics.h"
#include "layoutaudit.h"
#include "mainwindow.h"
#include "presenter/presentercontroller.h"
#include "presenter/scriptplayer.h"
#include "replay/replaysession.h"
#include "topics/experiment.h"
#include "topics/topicpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QImageWriter>
#include <QJsonDocument>
#include <QPixmap>
#include <QSaveFile>
#include <QScreen>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace Lab::Gui {

namespace {

// Monotonic time of runGui()'s entry, the fallback reference when /proc cannot be read.
QElapsedTimer &sinceEntry()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer;
}

} // namespace

LaunchController::LaunchController(LaunchOptions options, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_window(window)
{
    (void)sinceEntry();
}

LaunchController::~LaunchController() = default;

bool LaunchController::prepare(QString *error)
{
    const QString topic = m_window->currentTopicId();
    TopicPage *page = m_window->currentPage();
    Experiment *experiment = page ? page->experiment() : nullptr;
    if (!m_options.settings.isEmpty() || m_options.run) {
        const QString option = m_options.settings.isEmpty() ? QStringLiteral("--run") : QStringLiteral("--set");
        if (!experiment) {
            *error =
                QStringLiteral("%1: the topic \"%2\" has no experiment (choose one with --topic)").arg(option, topic);
            return false;
        }
    }
    for (const auto &[key, value] : std::as_const(m_options.settings)) {
        const QStringList allowed = experiment->parameterNames();
        if (!allowed.contains(key)) {
            *error =
                QStringLiteral("--set: unknown key \"%1\" for topic \"%2\" (allowed: %3)")
                    .arg(key, topic, allowed.isEmpty() ? QStringLiteral("none") : allowed.join(QStringLiteral(", ")));
            return false;
        }
        QString reason;
        if (!experiment->setParameter(key, value, &reason)) {
            *error = QStringLiteral("--set: %1")
                         .arg(reason.isEmpty() ? QStringLiteral("bad value for \"%1\"").arg(key) : reason);
            return false;
        }
    }
    if (!m_options.playSteps.isEmpty()) {
        m_player = new ScriptPlayer(m_options.playSteps, m_window, this);
        QString reason;
        if (!m_player->validate(topic, &reason)) {
            *error = QStringLiteral("--play: %1: %2").arg(m_options.playFile, reason);
            return false;
        }
        connect(m_player, &ScriptPlayer::finished, this, [this](bool ok, const QString &reason) {
            if (!ok) {
                std::fputs(QStringLiteral("concurrency-lab: --play: %1: %2\n")
                               .arg(m_options.playFile, reason)
                               .toLocal8Bit()
                               .constData(),
                           stderr);
                m_exitCode = 2;
                finish();
            } else if (m_options.quitWhenDone) {
                onWorkDone();
            }
        });
    }
    if (m_options.present)
        m_window->presenter()->setActive(true);
    if (!m_options.openFile.isEmpty() && !m_window->openRecordingFile(m_options.openFile, error)) {
        *error = QStringLiteral("--open: %1").arg(*error);
        return false;
    }
    return true;
}

void LaunchController::begin()
{
    m_window->installEventFilter(this);
    if (!m_options.metricsFile.isEmpty()) {
        // Without --quit-when-done the metrics cover the whole session and are written on quit.
        connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
            if (!m_metricsWritten && m_painted)
                writeMetrics();
        });
    }
}

bool LaunchController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        m_window->removeEventFilter(this);
        // Finish the paint (and its flush to the screen) before measuring.
        QTimer::singleShot(0, this, &LaunchController::onFirstPaint);
    }
    return QObject::eventFilter(watched, event);
}

void LaunchController::onFirstPaint()
{
    m_startupMs = millisecondsSinceProcessStart();
    m_startupReference = QStringLiteral("process start");
    if (m_startupMs < 0) {
        m_startupMs = double(sinceEntry().nsecsElapsed()) / 1e6;
        m_startupReference = QStringLiteral("runGui entry");
    }
    const bool hasWork = m_options.run || m_player;
    // With work to wait for, --quit-when-done takes the picture when it is done (it shows the result).
    if (!(hasWork && m_options.quitWhenDone))
        takeScreenshotWhenSettled();

    if (!m_options.metricsFile.isEmpty())
        m_probe.start();

    if (m_options.run) {
        TopicPage *page = m_window->currentPage();
        if (Experiment *experiment = page ? page->experiment() : nullptr) {
            if (m_options.quitWhenDone)
                connect(experiment, &Experiment::runFinished, this, &LaunchController::onWorkDone,
                        Qt::SingleShotConnection);
            experiment->start();
        }
        return;
    }
    if (m_player) {
        m_player->start();
        return;
    }
    if (m_options.quitWhenDone) {
        // Nothing to run yet: sample the idle loop for a moment when metrics were asked for, then quit.
        const int delayMs = m_options.metricsFile.isEmpty() ? 0 : IdleSampleMs;
        if (m_screenshotDeferred)
            m_quitAfterScreenshotMs = delayMs; // quit once the deferred picture is taken
        else
            QTimer::singleShot(delayMs, this, &LaunchController::finish);
    }
}

void LaunchController::takeScreenshotWhenSettled()
{
    m_screenshotDeferred = true;
    whenFullScreenSettled([this] {
        const auto take = [this] {
            takeScreenshot();
            m_screenshotDeferred = false;
            if (m_quitAfterScreenshotMs >= 0)
                QTimer::singleShot(m_quitAfterScreenshotMs, this, &LaunchController::finish);
        };
        // --open: the replay goes to the topic's experiment stage on a queued step after the window was
        // made, and in presenter mode that step queues the presenter's sizing of the monitor dock. Wait
        // for the step, then one queued turn (which comes after the sizing the step queued), so the
        // report and the picture see the window the audience sees, not the first paint.
        ReplaySession *replay = m_window->replay();
        if (replay && replay->isShownPending()) {
            connect(
                replay, &ReplaySession::shown, this, [this, take] { QTimer::singleShot(0, this, take); },
                Qt::SingleShotConnection);
            return;
        }
        take();
    });
}

void LaunchController::whenFullScreenSettled(const std::function<void()> &then)
{
    // Presenter mode asks the display server for full screen; the resize comes back asynchronously,
    // later on a loaded machine, and the presenter sizes the monitor dock when it does. Until then the
    // window still has its normal size and the dock its normal place. Wait for the screen's size (at
    // most FullScreenWaitMs, checked every frame), then one turn for the dock's sizing.
    QScreen *screen = m_window->screen();
    if (!m_window->isFullScreen() || !screen || m_window->size() == screen->size()) {
        then();
        return;
    }
    auto *poll = new QTimer(this);
    poll->setInterval(16);
    auto waited = std::make_shared<QElapsedTimer>();
    waited->start();
    connect(poll, &QTimer::timeout, this, [this, poll, waited, then] {
        QScreen *screen = m_window->screen();
        if ((screen && m_window->size() != screen->size()) && waited->elapsed() < FullScreenWaitMs)
            return;
        poll->deleteLater();
        poll->stop();
        QTimer::singleShot(0, this, then);
    });
    poll->start();
}

void LaunchController::takeScreenshot()
{
    FrameQueue::instance()->flush(); // charts and labels waiting for their turn
    // Lay out what is still pending (a dock just resized, a stage just shown): layouts are activated by
    // posted LayoutRequest events, which may arrive after this step; the geometry is read now.
    for (int pass = 0; pass < 4; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    writeLayoutReport();
    if (m_options.screenshotFile.isEmpty())
        return;
    const QImage image = m_window->grab().toImage();
    QSaveFile file(m_options.screenshotFile);
    QImageWriter writer(&file, "png");
    if (!file.open(QIODevice::WriteOnly) || !writer.write(image) || !file.commit())
        fail(QStringLiteral("--screenshot: cannot write \"%1\": %2")
                 .arg(m_options.screenshotFile,
                      writer.error() != QImageWriter::UnknownError ? writer.errorString() : file.errorString()));
}

void LaunchController::writeLayoutReport()
{
    if (m_options.layoutReportFile.isEmpty())
        return;
    const QJsonObject report = layoutReport(m_window, m_window->currentTopicId(), m_window->presenter()->isActive());
    QSaveFile file(m_options.layoutReportFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(report).toJson()) < 0 || !file.commit())
        fail(QStringLiteral("--layout-report: cannot write \"%1\": %2")
                 .arg(m_options.layoutReportFile, file.errorString()));
}

void LaunchController::onWorkDone()
{
    // Let the experiment's last results reach the screen before the picture. The metrics cover the run
    // and its results on screen, not the picture and the layout report taken after it.
    QTimer::singleShot(50, this, [this] {
        m_probe.stop();
        takeScreenshot();
        finish();
    });
}

void LaunchController::finish()
{
    if (!m_options.metricsFile.isEmpty())
        writeMetrics();
    m_window->close();
    QCoreApplication::exit(m_exitCode);
}

void LaunchController::writeMetrics()
{
    m_probe.stop();
    m_metricsWritten = true;
    LaunchMetrics metrics;
    metrics.startupMs = m_startupMs;
    metrics.startupReference = m_startupReference;
    metrics.eventLoop = m_probe.summary();
    metrics.peakRssMb = peakResidentSetMb();
    metrics.topic = m_window->currentTopicId();
    metrics.language = m_window->effectiveLanguage();
    QString error;
    if (!writeLaunchMetrics(m_options.metricsFile, metrics, &error))
        fail(QStringLiteral("--metrics: cannot write \"%1\": %2").arg(m_options.metricsFile, error));
}

void LaunchController::fail(const QString &message)
{
    std::fputs(QStringLiteral("concurrency-lab: %1\n").arg(message).toLocal8Bit().constData(), stderr);
    m_exitCode = std::max(m_exitCode, 1);
}

} // namespace Lab::Gui
