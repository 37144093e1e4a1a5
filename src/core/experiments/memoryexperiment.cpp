// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryexperiment.h"

#include "core/system/machineinfo.h"
#include "core/trace/labthread.h"

#include <QThread>

#include <unistd.h>

namespace Lab::Core {

MemoryExperiment::MemoryExperiment(QObject *parent)
    : QObject(parent)
{}

MemoryExperiment::~MemoryExperiment()
{
    if (m_thread) {
        cancel();
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

void MemoryExperiment::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread)
        m_thread->requestInterruption();
}

bool MemoryExperiment::launch(std::function<void(const std::atomic<bool> *)> work)
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_cancel;
    m_thread = new LabThread(QStringLiteral("memory-lab"), [work = std::move(work), cancel] { work(cancel.get()); });
    connect(m_thread, &QThread::finished, this, [this, cancel] {
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(cancel->load());
    });
    m_thread->start();
    return true;
}

qint64 MemoryExperiment::lastLevelCacheBytes(const MachineInfo &machine)
{
    qint64 bytes = 0;
    int level = 0;
    for (const CacheInfo &cache : machine.caches) {
        if (cache.type == QLatin1String("Instruction") || cache.level < level)
            continue;
        if (cache.level > level)
            bytes = 0;
        level = cache.level;
        bytes = qMax(bytes, cache.sizeBytes);
    }
    return bytes;
}

bool MemoryExperiment::startLatency(const LatencyConfig &config)
{
    const qint64 accesses = config.accesses;
    const quint64 seed = config.seed;
    return launch([this, sizes = config.sizes, accesses, seed](const std::atomic<bool> *cancel) mutable {
        if (sizes.isEmpty()) // reading /sys takes a few ms: here, not on the caller's thread
            sizes = PointerChase::defaultSizes(lastLevelCacheBytes(MachineInfo::read()));
        for (qint64 bytes : sizes) {
            const LatencyPoint point = PointerChase::measure(bytes, accesses, seed, cancel);
            if (cancel->load())
                return;
            emit latencyMeasured(point);
        }
    });
}

bool MemoryExperiment::startBandwidth(const BandwidthConfig &config)
{
    return launch([this, config](const std::atomic<bool> *cancel) {
        for (int threads : config.threadCounts) {
            const BandwidthPoint point =
                MemoryBandwidth::measure(threads, config.bytesPerThread, config.passes, cancel);
            if (cancel->load())
                return;
            emit bandwidthMeasured(point);
        }
    });
}

bool MemoryExperiment::startFalseSharing(const FalseSharingConfig &config)
{
    return launch([this, config](const std::atomic<bool> *cancel) {
        for (bool padded : {false, true}) {
            const FalseSharingResult result =
                FalseSharing::measure(config.threads, config.incrementsPerThread, padded, cancel);
            if (cancel->load())
                return;
            emit falseSharingMeasured(result);
        }
    });
}

} // namespace Lab::Core
