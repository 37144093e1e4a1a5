// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <sys/types.h>

namespace Lab::Core {

// Small, allocation-light helpers every experiment uses to say which kernel thread it runs on.
namespace ThreadIdentity {

// The kernel thread id of the calling thread (gettid(2)); what /proc/<pid>/task/<tid> and the
// thread monitor show.
pid_t currentTid();

// The OS name of a thread of this process as the kernel stores it (/proc/self/task/<tid>/comm,
// at most 15 characters); empty if the thread is gone.
QString osThreadName(pid_t tid);

// Sets the OS name of the calling thread (pthread_setname_np), truncated to the kernel's 15 bytes.
// Used for std::thread workers; QThreads are named through objectName() before start().
void setCurrentOsThreadName(const QString &name);

// The kernel's state letter of a thread of this process (R, S, D, T, Z, ...), field 3 of
// /proc/self/task/<tid>/stat parsed after the last ')'; QChar() if the thread is gone.
QChar kernelState(pid_t tid);

// The CPU a thread of this process last ran on (field 39 of /proc/self/task/<tid>/stat); -1 if gone.
int lastCpu(pid_t tid);

// The kernel's limit for thread names (TASK_COMM_LEN - 1).
constexpr int MaxOsNameLength = 15;

} // namespace ThreadIdentity
} // namespace Lab::Core
