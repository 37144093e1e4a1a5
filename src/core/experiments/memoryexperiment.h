// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "falsesharing.h"
#include "memorybandwidth.h"
#include "pointerchase.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace Lab::Core {

struct MachineInfo;

// The memory panel's experiments (issue 8.3) run off the caller's thread: one named lab thread
// ("memory-lab") measures, and for bandwidth and false sharing starts the measuring threads itself.
// Each measured point arrives as a signal on the owner's thread; finished() follows once.
class MemoryExperiment final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryExperiment)
public:
    struct LatencyConfig
    {
        QList<qint64> sizes;       // defaultSizes(lastLevelCacheBytes(MachineInfo::read())) when empty
        qint64 accesses = 2000000; // dependent loads per point (about 0.2 s at 100 ns)
        quint64 seed = 42;
    };
    struct BandwidthConfig
    {
        QList<int> threadCounts = {1, 2};
        qint64 bytesPerThread = 64LL << 20;
        int passes = 4;
    };
    struct FalseSharingConfig
    {
        int threads = 2;
        qint64 incrementsPerThread = 20000000;
    };

    explicit MemoryExperiment(QObject *parent = nullptr);
    ~MemoryExperiment() override; // cancels and waits (each step checks the flag often)

    // Each returns false when something is already running.
    bool startLatency(const LatencyConfig &config);
    bool startBandwidth(const BandwidthConfig &config);
    bool startFalseSharing(const FalseSharingConfig &config); // adjacent, then padded
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

    // Size of one last-level cache instance (the highest level, data or unified) from MachineInfo; 0 if unknown.
    static qint64 lastLevelCacheBytes(const MachineInfo &machine);

signals:
    void latencyMeasured(const Lab::Core::LatencyPoint &point);
    void bandwidthMeasured(const Lab::Core::BandwidthPoint &point);
    void falseSharingMeasured(const Lab::Core::FalseSharingResult &result);
    void finished(bool cancelled);

private:
    bool launch(std::function<void(const std::atomic<bool> *)> work);

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace Lab::Core
