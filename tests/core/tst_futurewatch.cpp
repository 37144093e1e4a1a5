// SPDX-License-Identifier: GPL-3.0-or-later
// whenFinished(): the continuation runs in the receiver's thread while the receiver lives, and never
// after it is gone (QFuture::then(context, ...) in Qt 6.4 does run it; see core/async/futurewatch.h).
#include "core/async/futurewatch.h"
#include "labtest.h"

#include <QPromise>
#include <QThread>
#include <QtConcurrent>

#include <atomic>
#include <memory>

using Lab::Core::whenFinished;

class TestFutureWatch : public QObject
{
    Q_OBJECT
private slots:
    void runsInReceiverThread();
    void droppedWhenReceiverDiesFirst();
    void voidFuture();
    void cancelledFutureCallsNothing();
};

void TestFutureWatch::runsInReceiverThread()
{
    QObject receiver;
    int got = 0;
    QThread *calledIn = nullptr;
    whenFinished(&receiver, QtConcurrent::run([] { return 42; }), [&](int value) {
        got = value;
        calledIn = QThread::currentThread();
    });
    QTRY_COMPARE(got, 42);
    QCOMPARE(calledIn, receiver.thread());
    QTRY_VERIFY(receiver.children().isEmpty()); // the watcher deletes itself
}

void TestFutureWatch::droppedWhenReceiverDiesFirst()
{
    QPromise<int> promise;
    QFuture<int> future = promise.future();
    promise.start();
    auto calls = std::make_shared<std::atomic_int>(0);
    {
        auto receiver = std::make_unique<QObject>();
        // Captures the receiver: a continuation that ran after its death would read freed memory,
        // which the asan preset reports.
        whenFinished(receiver.get(), future, [calls, r = receiver.get()](int) {
            calls->fetch_add(1);
            r->setObjectName(QStringLiteral("alive"));
        });
    }
    // The work finishes on another thread after the receiver is gone.
    QThread *finisher = QThread::create([&promise] {
        promise.addResult(7);
        promise.finish();
    });
    finisher->start();
    QVERIFY(finisher->wait(5000));
    delete finisher;
    QTest::qWait(50);
    QCoreApplication::processEvents();
    QCOMPARE(calls->load(), 0);
    QCOMPARE(future.result(), 7);
}

void TestFutureWatch::voidFuture()
{
    QObject receiver;
    bool called = false;
    whenFinished(&receiver, QtConcurrent::run([] {}), [&called] { called = true; });
    QTRY_VERIFY(called);
}

void TestFutureWatch::cancelledFutureCallsNothing()
{
    QObject receiver;
    QPromise<int> promise;
    promise.start();
    bool called = false;
    whenFinished(&receiver, promise.future(), [&called](int) { called = true; });
    promise.future().cancel();
    promise.finish();
    QTest::qWait(50);
    QVERIFY(!called);
}

LAB_TEST_GUILESS_MAIN(TestFutureWatch)
#include "tst_futurewatch.moc"
