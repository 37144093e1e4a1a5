// SPDX-License-Identifier: GPL-3.0-or-later
#include "falsesharing.h"

#include "core/trace/labthread.h"

#include <QElapsedTimer>
#include <QThread>

#include <barrier>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <vector>

namespace Lab::Core {

namespace {
const int FalseSharingResultMetaType = qRegisterMetaType<FalseSharingResult>();
}

FalseSharing::Counters::Counters(int threads, bool padded)
    : m_stride(padded ? PaddedStrideBytes : CounterBytes)
    , m_count(threads)
{
    const size_t bytes =
        size_t((qint64(threads) * m_stride + PaddedStrideBytes - 1) / PaddedStrideBytes * PaddedStrideBytes);
    m_block = std::aligned_alloc(size_t(PaddedStrideBytes), bytes);
    if (!m_block)
        throw std::bad_alloc();
    std::memset(m_block, 0, bytes);
    for (int i = 0; i < threads; ++i)
        new (static_cast<char *>(m_block) + i * m_stride) std::atomic<quint64>(0);
}

FalseSharing::Counters::~Counters()
{
    std::free(m_block);
}

std::atomic<quint64> &FalseSharing::Counters::at(int index)
{
    return *std::launder(reinterpret_cast<std::atomic<quint64> *>(static_cast<char *>(m_block) + index * m_stride));
}

FalseSharingResult FalseSharing::measure(int threads, qint64 incrementsPerThread, bool padded,
                                         const std::atomic<bool> *cancel, const QString &namePrefix)
{
    FalseSharingResult result;
    result.threads = threads;
    result.padded = padded;
    result.incrementsPerThread = incrementsPerThread;
    if (threads < 1 || threads > 256 || incrementsPerThread < 1)
        return result;
    Counters counters(threads, padded);
    result.strideBytes = counters.stride();
    for (int i = 0; i < threads; ++i)
        result.counterAddresses.append(reinterpret_cast<quintptr>(&counters.at(i)));

    QElapsedTimer timer;
    std::barrier start(threads, [&timer]() noexcept { timer.start(); });
    std::vector<std::unique_ptr<QThread>> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back(new LabThread(QStringLiteral("%1-%2").arg(namePrefix).arg(t + 1), [&, t] {
            std::atomic<quint64> &mine = counters.at(t);
            start.arrive_and_wait();
            for (qint64 i = 0; i < incrementsPerThread; ++i) {
                // Only this thread writes `mine`: a relaxed load and store is a correct increment, and
                // each store is a real write to memory that takes the line in exclusive state.
                mine.store(mine.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
                if ((i & 0xFFFF) == 0 && cancel && cancel->load(std::memory_order_relaxed))
                    return;
            }
        }));
        pool.back()->start();
    }
    for (auto &thread : pool)
        thread->wait();
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.ok = !(cancel && cancel->load());
    for (int t = 0; t < threads && result.ok; ++t)
        result.ok = counters.at(t).load() == quint64(incrementsPerThread);
    return result;
}

} // namespace Lab::Core
