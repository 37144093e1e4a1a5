// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorybandwidth.h"

#include "core/trace/labthread.h"

#include <QElapsedTimer>
#include <QThread>

#include <barrier>
#include <memory>
#include <vector>

namespace Lab::Core {

namespace {
const int BandwidthPointMetaType = qRegisterMetaType<BandwidthPoint>();
}

BandwidthPoint MemoryBandwidth::measure(int threads, qint64 bytesPerThread, int passes, const std::atomic<bool> *cancel,
                                        const QString &namePrefix)
{
    BandwidthPoint point;
    point.threads = threads;
    if (threads < 1 || threads > 256 || bytesPerThread < 4096 || passes < 1)
        return point;
    const size_t words = size_t(bytesPerThread / qint64(sizeof(quint64)));
    std::vector<quint64> sums(size_t(threads), 0);
    std::atomic<bool> allocationFailed{false};
    QElapsedTimer timer;
    // The barrier's completion step runs once, in the last thread to arrive: it starts the clock.
    std::barrier start(threads, [&timer]() noexcept { timer.start(); });

    std::vector<std::unique_ptr<QThread>> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back(new LabThread(QStringLiteral("%1-%2").arg(namePrefix).arg(t + 1), [&, t] {
            std::vector<quint64> data;
            try {
                data.resize(words);
            } catch (const std::bad_alloc &) {
                allocationFailed = true;
            }
            for (size_t i = 0; i < data.size(); ++i) // first touch by this thread
                data[i] = i ^ quint64(t);
            start.arrive_and_wait();
            quint64 a = 0, b = 0, c = 0, d = 0; // four chains so the adds are not the bottleneck
            for (int pass = 0; pass < passes && !(cancel && cancel->load()); ++pass) {
                size_t i = 0;
                for (; i + 4 <= data.size(); i += 4) {
                    a += data[i];
                    b += data[i + 1];
                    c += data[i + 2];
                    d += data[i + 3];
                }
                for (; i < data.size(); ++i)
                    a += data[i];
            }
            sums[size_t(t)] = a + b + c + d;
        }));
        pool.back()->start();
    }
    for (auto &thread : pool)
        thread->wait();
    point.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (allocationFailed || (cancel && cancel->load()))
        return point;
    point.bytesRead = qint64(words * sizeof(quint64)) * threads * passes;
    point.gbPerSecond = point.seconds > 0 ? double(point.bytesRead) / point.seconds / 1e9 : 0;
    for (quint64 sum : sums)
        point.checksum ^= sum;
    point.ok = true;
    return point;
}

} // namespace Lab::Core
