// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Traces built for the Chrome Trace tests (tst_chrometrace writes them, tst_chrometracereader reads
// them back): events made by hand, the writer's output in one piece, and a real capture of lab
// threads contending for an instrumented mutex.
#include "core/monitor/tracecapture.h"
#include "core/sync/syncmutex.h"
#include "core/trace/chrometrace.h"
#include "core/trace/labthread.h"
#include "core/trace/pacer.h"
#include "core/trace/trace.h"
#include "core/trace/tracerecorder.h"

#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

namespace TraceBuilder {

constexpr qint64 Pid = 4242;

// One event; sequence numbers rise across every call, as the recorder numbers events.
inline Lab::Core::TraceEvent makeEvent(qint64 timeNs, int workerId, qint64 tid, Lab::Core::TraceEventKind kind,
                                       Lab::Core::ThreadState state, const QString &detail = {}, qint64 pid = Pid)
{
    Lab::Core::TraceEvent e;
    e.timeNs = timeNs;
    e.workerId = workerId;
    e.tid = tid;
    e.pid = pid;
    e.kind = kind;
    e.state = state;
    e.detail = detail;
    static quint64 sequence = 0;
    e.sequence = ++sequence;
    return e;
}

// What ChromeTrace writes for `recording`, joined; empty when the writer failed. `pieces` gets the
// size of every piece the writer handed over.
inline QByteArray produce(const Lab::Core::TraceRecording &recording, QList<qsizetype> *pieces = nullptr)
{
    QByteArray out;
    const bool ok = Lab::Core::ChromeTrace::produce(recording, [&](QByteArrayView piece) {
        out.append(piece);
        if (pieces)
            pieces->append(piece.size());
        return true;
    });
    return ok ? out : QByteArray();
}

// `count` real lab threads ("worker-0", ...) that each take one instrumented mutex `rounds` times and
// hold it for a 1 ms sleep, recorded by a TraceCapture as `run --trace` records: construct, then
// finish() for the recording.
class ContendedThreads final
{
    Q_DISABLE_COPY_MOVE(ContendedThreads)
public:
    explicit ContendedThreads(int rounds, int count = 3)
    {
        m_capture.setTitle(QStringLiteral("test"));
        m_capture.start();
        for (int i = 0; i < count; ++i) {
            m_threads.push_back(std::make_unique<Lab::Core::LabThread>(
                QStringLiteral("worker-%1").arg(i),
                [this, rounds] {
                    for (int round = 0; round < rounds; ++round) {
                        if (!m_mutex.lock())
                            return;
                        Lab::Core::Trace::sleep(1);
                        m_mutex.unlock();
                    }
                },
                &m_recorder, &m_pacer));
        }
        for (auto &thread : m_threads)
            thread->start();
    }

    // Waits (bounded) for every thread to end, then stops the capture; false if one did not end.
    bool finish(Lab::Core::TraceRecording *recording)
    {
        const bool ended = QTest::qWaitFor(
            [this] {
                return std::all_of(m_threads.cbegin(), m_threads.cend(), [](const auto &t) { return t->isFinished(); });
            },
            30000);
        *recording = m_capture.stop();
        return ended;
    }

    Lab::Core::TraceRecorder &recorder() { return m_recorder; }
    const std::vector<std::unique_ptr<Lab::Core::LabThread>> &threads() const { return m_threads; }

private:
    // In this order: the threads end (their destructors wait) before what they use goes.
    Lab::Core::TraceRecorder m_recorder;
    Lab::Core::Pacer m_pacer;
    Lab::Core::SyncMutex m_mutex{QStringLiteral("shared")};
    Lab::Core::TraceCapture m_capture{&m_recorder};
    std::vector<std::unique_ptr<Lab::Core::LabThread>> m_threads;
};

} // namespace TraceBuilder
