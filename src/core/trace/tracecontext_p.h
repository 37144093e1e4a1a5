// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "threadstate.h"

#include <QtGlobal>

namespace Lab::Core {
class TraceRecorder;
class Pacer;
} // namespace Lab::Core

namespace Lab::Core::Detail {

qint64 currentPid() noexcept;
qint64 currentTid() noexcept; // cached per thread: gettid() once

// Per-thread binding of a lab thread to its recorder and pacer (internal to trace/).
struct ThreadContext
{
    TraceRecorder *recorder = nullptr;
    Pacer *pacer = nullptr;
    int workerId = -1;
    ThreadState state = ThreadState::Running;
    QString detail;
};

ThreadContext &threadContext() noexcept;

} // namespace Lab::Core::Detail
