// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncprimitive.h"

#include "core/experiments/threadidentity.h"
#include "core/trace/trace.h"

#include <QThread>

#include <algorithm>
#include <optional>

namespace Lab::Core {

namespace {

// How often a waiting thread looks at its interruption flag and cancellation.
constexpr qint64 PollMs = 50;

struct Registry
{
    QMutex mutex;
    QList<SyncPrimitive *> primitives;
};

Registry &registry()
{
    static Registry r;
    return r;
}

const int SyncSnapshotMetaType = qRegisterMetaType<SyncSnapshot>();

} // namespace

SyncPrimitive::SyncPrimitive(QString name, QString kind)
    : m_name(std::move(name))
    , m_kind(std::move(kind))
{
    Q_UNUSED(SyncSnapshotMetaType)
    QMutexLocker lock(&registry().mutex);
    registry().primitives.append(this);
}

SyncPrimitive::~SyncPrimitive()
{
    QMutexLocker lock(&registry().mutex);
    registry().primitives.removeOne(this);
}

SyncSnapshot SyncPrimitive::snapshot() const
{
    SyncSnapshot s;
    s.name = m_name;
    s.kind = m_kind;
    QMutexLocker lock(&m_state);
    for (const Waiter &waiter : m_waiters)
        s.waiters.append(waiter.name);
    s.operations = m_operations;
    fillSnapshot(s);
    return s;
}

QList<SyncSnapshot> SyncPrimitive::all()
{
    QMutexLocker lock(&registry().mutex);
    QList<SyncSnapshot> snapshots;
    snapshots.reserve(registry().primitives.size());
    for (const SyncPrimitive *primitive : std::as_const(registry().primitives))
        snapshots.append(primitive->snapshot());
    return snapshots;
}

void SyncPrimitive::cancelWaiter(QThread *thread)
{
    QMutexLocker lock(&m_state);
    if (!m_cancelled.contains(thread))
        m_cancelled.append(thread);
    m_changed.wakeAll();
}

QString SyncPrimitive::currentThreadName()
{
    // Read once per thread: lab threads are named before they start, and formatting a name on
    // every lock would cost more than the lock.
    thread_local const QString name = [] {
        const QString objectName = QThread::currentThread()->objectName();
        return objectName.isEmpty() ? QStringLiteral("thread %1").arg(ThreadIdentity::currentTid()) : objectName;
    }();
    return name;
}

bool SyncPrimitive::checkpoint()
{
    return !Trace::isLabThread() || Trace::checkpoint();
}

void SyncPrimitive::markHandOff(const QString &verb, const QString &from) const
{
    // "fork-2": released by philosopher-1 → philosopher-2
    if (!from.isEmpty() && Trace::isLabThread())
        Trace::mark(QStringLiteral("\"%1\": %2 by %3 → %4").arg(m_name, verb, from, currentThreadName()));
}

bool SyncPrimitive::waitUntil(QMutexLocker<QMutex> &locker, WaitKind kind, const std::function<QString()> &detail,
                              const std::function<bool()> &ready, QDeadlineTimer deadline)
{
    Q_UNUSED(locker) // documents that m_state is held
    QThread *self = QThread::currentThread();
    if (m_cancelled.removeOne(self))
        return false;
    if (ready())
        return true;
    m_waiters.append({self, currentThreadName()});
    bool ok = true;
    {
        // Recorded only when the thread really waits; the recorder never takes m_state.
        Trace::ScopedState state(kind == WaitKind::Blocked ? ThreadState::Blocked : ThreadState::Waiting, detail());
        while (!ready()) {
            if (m_cancelled.removeOne(self) || self->isInterruptionRequested() || deadline.hasExpired()) {
                ok = false;
                break;
            }
            const QDeadlineTimer slice(
                std::min<qint64>(deadline.remainingTime() < 0 ? PollMs : deadline.remainingTime(), PollMs));
            m_changed.wait(&m_state, slice);
        }
    }
    const auto it =
        std::find_if(m_waiters.begin(), m_waiters.end(), [self](const Waiter &w) { return w.thread == self; });
    if (it != m_waiters.end())
        m_waiters.erase(it);
    return ok;
}

} // namespace Lab::Core
