// SPDX-License-Identifier: GPL-3.0-or-later
#include "launchmetrics.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>
#include <ctime>
#include <unistd.h>

namespace Lab::Gui {

namespace {

QByteArray readProcFile(const char *path)
{
    // /proc files report size 0; QFile::readAll reads until EOF regardless.
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Rounds to `decimals` places; dividing (not multiplying by 0.1) gives the double nearest the
// decimal, so the JSON shows 343.2 rather than 343.20000000000005.
double round(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return value < 0 ? value : std::round(value * scale) / scale;
}

} // namespace

double millisecondsSinceProcessStart()
{
    const QByteArray stat = readProcFile("/proc/self/stat");
    // The command name (field 2) may contain spaces and parentheses: fields follow the last ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // fields[0] is field 3 (state); starttime is field 22.
    constexpr qsizetype StartTimeIndex = 22 - 3;
    if (fields.size() <= StartTimeIndex)
        return -1;
    bool ok = false;
    const qulonglong startTicks = fields.at(StartTimeIndex).toULongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    const double startMs = double(startTicks) * 1000.0 / double(ticksPerSecond);
    return nowMs - startMs;
}

double peakResidentSetMb()
{
    const QByteArray status = readProcFile("/proc/self/status");
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith("VmHWM:")) {
            bool ok = false;
            const qulonglong kib = line.mid(6).trimmed().split(' ').constFirst().toULongLong(&ok);
            return ok ? double(kib) / 1024.0 : -1;
        }
    }
    return -1;
}

bool writeLaunchMetrics(const QString &fileName, const LaunchMetrics &metrics, QString *error)
{
    const QJsonObject latency{
        {QStringLiteral("p50"), round(metrics.eventLoop.p50Ms, 3)},
        {QStringLiteral("p99"), round(metrics.eventLoop.p99Ms, 3)},
        {QStringLiteral("max"), round(metrics.eventLoop.maxMs, 3)},
        {QStringLiteral("samples"), metrics.eventLoop.samples},
    };
    const QJsonObject root{
        {QStringLiteral("tool"), QStringLiteral("concurrency-lab")},
        {QStringLiteral("version"), QStringLiteral(LAB_VERSION)},
        {QStringLiteral("qt_version"), QString::fromLatin1(qVersion())},
        {QStringLiteral("build_type"), QStringLiteral(LAB_BUILD_TYPE)},
        {QStringLiteral("platform"), QGuiApplication::platformName()},
        {QStringLiteral("topic"), metrics.topic},
        {QStringLiteral("language"), metrics.language},
        {QStringLiteral("startup_ms"), round(metrics.startupMs, 1)},
        {QStringLiteral("startup_from"), metrics.startupReference},
        {QStringLiteral("event_loop_latency_ms"), latency},
        {QStringLiteral("peak_rss_mb"), round(metrics.peakRssMb, 1)},
    };
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Lab::Gui
