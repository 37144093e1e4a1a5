// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadstartdemo.h"

#include "busywork.h"
#include "core/trace/trace.h"
#include "threadidentity.h"

#include <QCoreApplication>
#include <QThread>

#include <thread>
#include <vector>

namespace Lab::Core {

namespace {
const int ThreadStartDemoReportMetaType = qRegisterMetaType<ThreadStartDemo::Report>();
const int ThreadStartDemoReportListMetaType = qRegisterMetaType<QList<ThreadStartDemo::Report>>();

ThreadStartDemo::Report runTask(ThreadStartDemo::Method method, const QString &name, qint64 iterations,
                                const QThread *caller)
{
    // Each way's thread joins the trace for its task, so the monitor lists it as a lab thread.
    Trace::bindCurrentThread(name);
    ThreadStartDemo::Report report;
    report.method = method;
    report.requestedName = name;
    report.tid = ThreadIdentity::currentTid();
    report.osName = ThreadIdentity::osThreadName(report.tid);
    report.onCallerThread = QThread::currentThread() == caller;
    report.result = BusyWork::compute(quint64(report.tid), iterations);
    Trace::unbindCurrentThread();
    return report;
}

// Way 1: subclass QThread and override run().
class SubclassThread final : public QThread
{
public:
    SubclassThread(qint64 iterations, const QThread *caller)
        : m_iterations(iterations)
        , m_caller(caller)
    {}
    ThreadStartDemo::Report report;

protected:
    void run() override
    {
        report = runTask(ThreadStartDemo::Method::SubclassRun, objectName(), m_iterations, m_caller);
    }

private:
    qint64 m_iterations;
    const QThread *m_caller;
};
} // namespace

// Way 2: a worker object that lives in a QThread; its slot runs there when the thread's event loop
// delivers the started() signal.
class StartDemoWorker final : public QObject
{
    Q_OBJECT
public:
    StartDemoWorker(qint64 iterations, const QThread *caller)
        : m_iterations(iterations)
        , m_caller(caller)
    {}
public slots:
    void doWork()
    {
        emit done(runTask(ThreadStartDemo::Method::WorkerObject, QThread::currentThread()->objectName(), m_iterations,
                          m_caller));
    }
signals:
    void done(const Lab::Core::ThreadStartDemo::Report &report);

private:
    qint64 m_iterations;
    const QThread *m_caller;
};

struct ThreadStartDemo::Threads
{
    std::vector<QThread *> qthreads;
    std::vector<std::thread> stdThreads;
};

ThreadStartDemo::ThreadStartDemo(QObject *parent)
    : QObject(parent)
    , m_threads(std::make_unique<Threads>())
{}

ThreadStartDemo::~ThreadStartDemo()
{
    for (QThread *thread : m_threads->qthreads) {
        thread->quit();
        thread->wait();
        delete thread;
    }
    for (std::thread &thread : m_threads->stdThreads) {
        if (thread.joinable())
            thread.join();
    }
}

QList<ThreadStartDemo::Method> ThreadStartDemo::allMethods()
{
    return {Method::SubclassRun, Method::WorkerObject, Method::CreateLambda, Method::StdThread};
}

QString ThreadStartDemo::methodName(Method method)
{
    switch (method) {
    case Method::SubclassRun:
        return QCoreApplication::translate("Lab::Core::ThreadStartDemo", "QThread subclass with run()");
    case Method::WorkerObject:
        return QCoreApplication::translate("Lab::Core::ThreadStartDemo", "Worker object moved to a QThread");
    case Method::CreateLambda:
        return QCoreApplication::translate("Lab::Core::ThreadStartDemo", "QThread::create(lambda)");
    case Method::StdThread:
        return QCoreApplication::translate("Lab::Core::ThreadStartDemo", "std::thread");
    }
    return {};
}

bool ThreadStartDemo::start(const QList<Method> &methods, qint64 iterations)
{
    if (m_pending > 0 || methods.isEmpty())
        return false;
    // Threads of an earlier run have all reported; release them before starting new ones.
    for (QThread *thread : m_threads->qthreads) {
        thread->wait();
        delete thread;
    }
    m_threads->qthreads.clear();
    for (std::thread &thread : m_threads->stdThreads)
        thread.join();
    m_threads->stdThreads.clear();
    m_reports.clear();
    m_pending = int(methods.size());

    const QThread *caller = QThread::currentThread();
    for (Method method : methods) {
        switch (method) {
        case Method::SubclassRun: {
            auto *thread = new SubclassThread(iterations, caller);
            thread->setObjectName(QStringLiteral("start-subclass"));
            connect(thread, &QThread::finished, this, [this, thread] { deliver(thread->report); });
            m_threads->qthreads.push_back(thread);
            thread->start();
            break;
        }
        case Method::WorkerObject: {
            auto *thread = new QThread;
            thread->setObjectName(QStringLiteral("start-worker"));
            auto *worker = new StartDemoWorker(iterations, caller);
            worker->moveToThread(thread);
            connect(thread, &QThread::started, worker, &StartDemoWorker::doWork);
            connect(worker, &StartDemoWorker::done, this, &ThreadStartDemo::deliver);
            // Direct: quit() is thread-safe, and a queued quit would wait for the caller's event loop,
            // which may be blocked in wait() for this very thread when the demo restarts.
            connect(worker, &StartDemoWorker::done, thread, &QThread::quit, Qt::DirectConnection);
            connect(thread, &QThread::finished, worker, &QObject::deleteLater);
            m_threads->qthreads.push_back(thread);
            thread->start();
            break;
        }
        case Method::CreateLambda: {
            auto report = std::make_shared<Report>();
            QThread *thread = QThread::create([report, iterations, caller] {
                *report = runTask(Method::CreateLambda, QThread::currentThread()->objectName(), iterations, caller);
            });
            thread->setObjectName(QStringLiteral("start-create"));
            connect(thread, &QThread::finished, this, [this, report] { deliver(*report); });
            m_threads->qthreads.push_back(thread);
            thread->start();
            break;
        }
        case Method::StdThread: {
            m_threads->stdThreads.emplace_back([iterations, caller, this] {
                const QString name = QStringLiteral("start-std");
                ThreadIdentity::setCurrentOsThreadName(name); // std::thread has no name until it sets one
                const Report report = runTask(Method::StdThread, name, iterations, caller);
                // Queued to the demo's thread; the destructor joins this thread first, so `this` is alive.
                QMetaObject::invokeMethod(
                    this, [this, report] { deliver(report); }, Qt::QueuedConnection);
            });
            break;
        }
        }
    }
    return true;
}

void ThreadStartDemo::deliver(const Report &report)
{
    m_reports.append(report);
    emit threadReported(report);
    if (--m_pending == 0)
        emit finished(m_reports);
}

} // namespace Lab::Core

#include "threadstartdemo.moc"
