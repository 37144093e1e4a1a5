// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/syncmutex.h"
#include "core/sync/syncrecursivemutex.h"

#include <QObject>

#include <memory>

namespace Lab::Core {

class LabThread;

// Lock vs RLock (outline 9.3) on the lab's instrumented primitives, on one lab thread named
// "account-holder", step by step (Trace::sleep between steps, so slow motion and pause apply):
// - PlainTwice: deposit() locks the plain mutex "account", then show_balance() locks it again. A
//   plain mutex is not reentrant: the thread would wait for itself forever. SyncMutex refuses the
//   second lock and the demo reports the self-deadlock instead of hanging.
// - RecursiveAccount: the same with the recursive mutex "account": the hold count goes 1, 2, 1, 0.
// Steps arrive as translated sentences; snapshot() gives the lock's owner and hold count at any time.
class LockDemo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockDemo)
public:
    enum class Kind
    {
        PlainTwice,
        RecursiveAccount
    };

    explicit LockDemo(QObject *parent = nullptr);
    ~LockDemo() override; // interrupts and waits (bounded: every wait is a paced sleep)

    // False when a demo is running. `stepMs`: the pause between steps (0..10000).
    bool start(Kind kind, int stepMs = 700);
    void cancel();
    bool isRunning() const;
    // The lock the current (or last) demo uses.
    SyncSnapshot snapshot() const;

signals:
    void step(const QString &what);
    // `selfDeadlockRefused`: the plain mutex refused its owner's second lock.
    void finished(bool selfDeadlockRefused, bool cancelled);

private:
    void runPlain(int stepMs);
    void runRecursive(int stepMs);

    SyncMutex m_plain{QStringLiteral("account")};
    SyncRecursiveMutex m_recursive{QStringLiteral("account (rlock)")};
    Kind m_kind = Kind::PlainTwice;
    LabThread *m_thread = nullptr;
    bool m_refused = false;
    bool m_cancelled = false;
};

} // namespace Lab::Core
