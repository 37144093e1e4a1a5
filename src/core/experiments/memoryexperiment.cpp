// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryexperiment.h"

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
}

bool MemoryExperiment::launch(std::function<void(const std::atomic<bool> *)> work)
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_cancel;
    m_thread = QThread::create([work = std::move(work), cancel] { work(cancel.get()); });
    m_thread->setObjectName(QStringLiteral("memory-lab"));
    connect(m_thread, &QThread::finished, this, [this, cancel] {
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(cancel->load());
    });
    m_thread->start();
    return true;
}

bool MemoryExperiment::startLatency(const LatencyConfig &config)
{
    QList<qint64> sizes = config.sizes;
    if (sizes.isEmpty()) {
        // TODO(machineinfo): take the last-level cache size from MachineInfo once it has landed;
        // glibc's sysconf reports it from CPUID meanwhile (0 when unknown).
        const long l3 = sysconf(_SC_LEVEL3_CACHE_SIZE);
        const long l2 = sysconf(_SC_LEVEL2_CACHE_SIZE);
        sizes = PointerChase::defaultSizes(l3 > 0 ? l3 : l2);
    }
    const qint64 accesses = config.accesses;
    const quint64 seed = config.seed;
    return launch([this, sizes, accesses, seed](const std::atomic<bool> *cancel) {
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
