// SPDX-License-Identifier: GPL-3.0-or-later
// D2: the embedded image server answering 500 concurrent requests at 200 ms latency (all within
// 400 ms is the target), plus the cost of making one image. `--quick`: 50 requests.
#include "core/net/imagegenerator.h"
#include "core/net/imageserverhost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Lab::Core;

namespace {

struct Request
{
    std::unique_ptr<QTcpSocket> socket;
    QByteArray answer;
    double sentMs = -1; // since the burst started
    double doneMs = -1;
    bool ok = false;
};

struct Burst
{
    double totalMs = 0;
    double allArrivedMs = -1; // every request had reached the server
    std::vector<double> times;
    int failed = 0;
};

// Opens `count` connections at once, each asking for one image, and waits for every full reply.
Burst runBurst(const ImageServer *server, quint16 port, int count, int expectedBytes)
{
    std::vector<Request> requests(static_cast<size_t>(count));
    QElapsedTimer clock;
    clock.start();
    int remaining = count;
    for (int i = 0; i < count; ++i) {
        Request &r = requests[size_t(i)];
        r.socket = std::make_unique<QTcpSocket>();
        QTcpSocket *socket = r.socket.get();
        const QByteArray get = "GET /images/" + QByteArray::number(i) +
                               ".png HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Connection: close\r\n\r\n";
        QObject::connect(socket, &QTcpSocket::connected, socket, [socket, get, &r, &clock] {
            r.sentMs = double(clock.nsecsElapsed()) / 1e6;
            socket->write(get);
        });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, &r] { r.answer += socket->readAll(); });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [&r, &remaining, &clock, expectedBytes] {
            r.doneMs = double(clock.nsecsElapsed()) / 1e6;
            r.ok = r.answer.startsWith("HTTP/1.1 200") && r.answer.size() > expectedBytes;
            --remaining;
        });
        QObject::connect(socket, &QTcpSocket::errorOccurred, socket, [socket, &r, &remaining, &clock] {
            if (r.doneMs < 0 && socket->state() == QAbstractSocket::UnconnectedState) {
                r.doneMs = double(clock.nsecsElapsed()) / 1e6;
                --remaining;
            }
        });
        socket->connectToHost(QHostAddress::LocalHost, port);
    }
    QElapsedTimer guard;
    guard.start();
    double allArrivedMs = -1;
    while (remaining > 0 && guard.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (allArrivedMs < 0 && server->requestsReceived() >= count)
            allArrivedMs = double(clock.nsecsElapsed()) / 1e6;
    }
    Burst burst;
    burst.allArrivedMs = allArrivedMs;
    for (const Request &r : requests) {
        if (!r.ok)
            ++burst.failed;
        burst.times.push_back(r.doneMs - r.sentMs);
        burst.totalMs = std::max(burst.totalMs, r.doneMs);
    }
    std::sort(burst.times.begin(), burst.times.end());
    return burst;
}

double percentile(const std::vector<double> &sorted, double p)
{
    return sorted.empty() ? 0 : sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int count = quick ? 50 : 500;
    const int latency = 200;
    const int sizeKb = quick ? 4
                       : qEnvironmentVariableIntValue("BENCH_SIZE_KB") > 0
                           ? qEnvironmentVariableIntValue("BENCH_SIZE_KB")
                           : 64;

    QElapsedTimer timer;
    timer.start();
    const int images = quick ? 5 : 50;
    for (int i = 0; i < images; ++i)
        ImageGenerator::png(1000 + i, qint64(sizeKb) * 1024);
    std::printf("image generation: %.2f ms per %d KiB PNG (mean of %d)\n", double(timer.nsecsElapsed()) / 1e6 / images,
                sizeKb, images);

    for (const bool warm : {false, true}) {
        ImageServerHost host;
        if (!host.start({.latencyMs = latency, .sizeKb = sizeKb}, 0, warm ? count : 0)) {
            std::fprintf(stderr, "cannot listen: %s\n", qPrintable(host.errorString()));
            return 1;
        }
        const Burst burst = runBurst(host.server(), host.baseUrl().port(), count, sizeKb * 1024);
        // Per request: from its bytes being written to its whole reply read (what the server controls);
        // the burst: from the first connect to the last reply (includes this one client thread
        // opening 500 connections).
        std::printf("D2 %s cache: %d concurrent requests at %d ms latency, %d KiB each: slowest request %.1f ms "
                    "(target <= 400), p50 %.1f ms, p99 %.1f ms; whole burst %.1f ms, all requests at the server "
                    "after %.1f ms; failed %d; peak in flight at the server %d\n",
                    warm ? "warm" : "cold", count, latency, sizeKb, burst.times.back(), percentile(burst.times, 0.5),
                    percentile(burst.times, 0.99), burst.totalMs, burst.allArrivedMs, burst.failed,
                    host.server()->peakRequestsInFlight());
    }
    return 0;
}
