// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointerchase.h"

#include <QElapsedTimer>
#include <QRandomGenerator64>

#include <cmath>
#include <cstdlib>
#include <memory>
#include <new>

namespace Lab::Core {

namespace {
const int LatencyPointMetaType = qRegisterMetaType<LatencyPoint>();

struct alignas(PointerChase::LineBytes) Node
{
    Node *next;
    char pad[PointerChase::LineBytes - sizeof(Node *)];
};
static_assert(sizeof(Node) == PointerChase::LineBytes);

struct FreeDeleter
{
    void operator()(void *p) const { std::free(p); }
};
} // namespace

QList<qint64> PointerChase::workingSetSizes(qint64 minBytes, qint64 maxBytes, int pointsPerOctave)
{
    QList<qint64> sizes;
    if (minBytes < LineBytes || maxBytes < minBytes || pointsPerOctave < 1)
        return sizes;
    const double step = std::pow(2.0, 1.0 / pointsPerOctave);
    for (int k = 0;; ++k) {
        const double raw = double(minBytes) * std::pow(step, k);
        qint64 bytes = qint64(std::llround(raw / LineBytes)) * LineBytes;
        if (bytes > maxBytes)
            break;
        if (sizes.isEmpty() || bytes > sizes.last())
            sizes.append(bytes);
    }
    const qint64 last = maxBytes / LineBytes * LineBytes;
    if (sizes.last() < last)
        sizes.append(last);
    return sizes;
}

QList<qint64> PointerChase::defaultSizes(qint64 llcBytes, int pointsPerOctave)
{
    // Past the LLC by 4x, but at least 64 MB and at most 512 MB (VMs may report a whole socket's L3).
    const qint64 max = qBound<qint64>(64LL << 20, llcBytes > 0 ? 4 * llcBytes : 0, 512LL << 20);
    return workingSetSizes(4096, max, pointsPerOctave);
}

QList<qint64> PointerChase::cyclicPermutation(qint64 nodes, quint64 seed)
{
    QList<qint64> next(nodes);
    for (qint64 i = 0; i < nodes; ++i)
        next[i] = i;
    QRandomGenerator64 random(seed);
    // Sattolo: like Fisher-Yates but j < i, which yields a single cycle through all elements.
    for (qint64 i = nodes - 1; i > 0; --i) {
        const qint64 j = qint64(random.bounded(quint64(i)));
        std::swap(next[i], next[j]);
    }
    return next;
}

LatencyPoint PointerChase::measure(qint64 bytes, qint64 accesses, quint64 seed, const std::atomic<bool> *cancel)
{
    LatencyPoint point;
    point.bytes = bytes;
    point.accesses = accesses;
    point.nsPerAccess = -1;
    const qint64 nodes = bytes / LineBytes;
    if (nodes < 2 || accesses < 1)
        return point;
    std::unique_ptr<void, FreeDeleter> memory(std::aligned_alloc(size_t(LineBytes), size_t(nodes * LineBytes)));
    if (!memory)
        return point;
    Node *array = static_cast<Node *>(memory.get());
    {
        const QList<qint64> next = cyclicPermutation(nodes, seed);
        for (qint64 i = 0; i < nodes; ++i)
            new (&array[i]) Node{&array[next[i]], {}};
    }
    Node *p = &array[0];
    for (qint64 i = 0; i < nodes; ++i) // warm-up lap: pages mapped, caches filled as far as they go
        p = p->next;
    if (cancel && cancel->load())
        return point;
    QElapsedTimer timer;
    timer.start();
    constexpr qint64 chunk = 1 << 16;
    qint64 done = 0;
    while (done < accesses) {
        const qint64 n = qMin(chunk, accesses - done);
        for (qint64 i = 0; i < n; ++i)
            p = p->next;
        done += n;
        if (cancel && cancel->load(std::memory_order_relaxed))
            return point;
    }
    const qint64 elapsed = timer.nsecsElapsed();
    // Keep the chain's end alive so the loop cannot be removed.
    static std::atomic<Node *> s_sink;
    s_sink.store(p, std::memory_order_relaxed);
    point.nsPerAccess = double(elapsed) / double(accesses);
    return point;
}

} // namespace Lab::Core
