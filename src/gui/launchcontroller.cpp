// SPDX-License-Identifier: GPL-3.0-or-later
#include "launchcontroller.h"

#include "launchmetrics.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QImageWriter>
#include <QPixmap>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>

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
    if (!m_options.screenshotFile.isEmpty()) {
        const QImage image = m_window->grab().toImage();
        QSaveFile file(m_options.screenshotFile);
        QImageWriter writer(&file, "png");
        if (!file.open(QIODevice::WriteOnly) || !writer.write(image) || !file.commit())
            fail(QStringLiteral("--screenshot: cannot write \"%1\": %2")
                     .arg(m_options.screenshotFile,
                          writer.error() != QImageWriter::UnknownError ? writer.errorString() : file.errorString()));
    }

    if (!m_options.metricsFile.isEmpty())
        m_probe.start();

    if (m_options.quitWhenDone) {
        // Nothing to run yet: sample the idle loop for a moment when metrics were asked for, then quit.
        QTimer::singleShot(m_options.metricsFile.isEmpty() ? 0 : IdleSampleMs, this, &LaunchController::finish);
    }
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
    m_exitCode = 1;
}

} // namespace Lab::Gui
