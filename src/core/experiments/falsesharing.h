// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <cstddef>

namespace Lab::Core {

struct FalseSharingResult
{
    int threads = 0;
    bool padded = false;
    qint64 strideBytes = 0; // distance between two threads' counters
    qint64 incrementsPerThread = 0;
    double seconds = 0;
    QList<quintptr> counterAddresses;
    bool ok = false;
};

// False sharing (issue 8.3): N named lab threads each increment THEIR OWN counter; nothing is shared
// logically, but adjacent counters (8 bytes apart) sit on one cache line, which then bounces between
// the cores on every write. Padded counters are PaddedStrideBytes apart, each on its own line(s).
class FalseSharing final
{
public:
    static constexpr qint64 CounterBytes = sizeof(quint64);
    // 128, not 64: Intel's spatial prefetcher fetches 64-byte lines in pairs, so 64-byte padding can
    // still couple neighbours. std::hardware_destructive_interference_size is not used because GCC
    // warns that its value is not ABI-stable (-Winterference-size) in headers.
    static constexpr qint64 PaddedStrideBytes = 128;
    static constexpr qint64 LineBytes = 64;

    // The counters of one run, laid out in a PaddedStrideBytes-aligned block.
    class Counters final
    {
    public:
        Counters(int threads, bool padded);
        ~Counters();
        Counters(const Counters &) = delete;
        Counters &operator=(const Counters &) = delete;
        std::atomic<quint64> &at(int index);
        qint64 stride() const { return m_stride; }
        int count() const { return m_count; }

    private:
        void *m_block = nullptr;
        qint64 m_stride = 0;
        int m_count = 0;
    };

    // Synchronous: starts and joins its threads; call it on a worker thread.
    static FalseSharingResult measure(int threads, qint64 incrementsPerThread, bool padded,
                                      const std::atomic<bool> *cancel = nullptr,
                                      const QString &namePrefix = QStringLiteral("falseshare"));
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::FalseSharingResult)
