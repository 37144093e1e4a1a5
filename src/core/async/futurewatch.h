// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <type_traits>
#include <utility>

namespace Lab::Core {

// Calls `onResult(result)` (or `onResult()` for a QFuture<void>) in `receiver`'s thread once `future`
// has finished, unless `receiver` has been destroyed by then. The watcher is a child of `receiver`: it
// dies with it, and the continuation is dropped; the work itself goes on and its result is discarded.
// A future that finished without a result (cancelled, or its job threw) calls nothing.
//
// Use this instead of QFuture::then(context, f). In Qt 6.4 that continuation is not dropped when
// `context` dies first: it runs on the pool thread with a null context (a Q_ASSERT in Debug, a
// use-after-free in Release). See docs/ARCHITECTURE.md, "Futures and object lifetimes".
// Call it from `receiver`'s thread.
template<typename T, typename F>
void whenFinished(QObject *receiver, QFuture<T> future, F onResult)
{
    auto *watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                     [watcher, onResult = std::move(onResult)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if constexpr (std::is_void_v<T>) {
                             if (!done.isCanceled())
                                 onResult();
                         } else {
                             if (done.resultCount() > 0)
                                 onResult(done.result());
                         }
                     });
    watcher->setFuture(std::move(future));
}

} // namespace Lab::Core
