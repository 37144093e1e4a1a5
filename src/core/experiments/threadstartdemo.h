// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>
#include <sys/types.h>

namespace Lab::Core {

// Issue 7.4: the four ways to start a thread in Qt/C++, each really started and running a small task.
class ThreadStartDemo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadStartDemo)
public:
    enum class Method
    {
        SubclassRun,  // class X : public QThread { void run() override; }    (Python: class-based)
        WorkerObject, // worker QObject moved to a QThread, slot started by a signal
        CreateLambda, // QThread::create([] { ... })                          (Python: target=...)
        StdThread,    // std::thread + pthread_setname_np
    };
    Q_ENUM(Method)

    struct Report
    {
        Method method = Method::SubclassRun;
        QString requestedName; // the name the demo gave before the thread started
        QString osName;        // /proc/self/task/<tid>/comm read inside the thread
        pid_t tid = 0;
        bool onCallerThread = false; // must be false: the task did not run on the starting thread
        quint64 result = 0;          // the task's result (a hash chain), proof that it ran
    };

    explicit ThreadStartDemo(QObject *parent = nullptr);
    ~ThreadStartDemo() override; // waits for threads still running (each runs ~1 ms of work)

    static QList<Method> allMethods();
    static QString methodName(Method method); // "QThread subclass", ...

    // Starts one thread per method (all four by default) and returns at once. False when running.
    bool start(const QList<Method> &methods = allMethods(), qint64 iterations = 1000000);
    bool isRunning() const { return m_pending > 0; }

signals:
    void threadReported(const Lab::Core::ThreadStartDemo::Report &report);
    void finished(const QList<Lab::Core::ThreadStartDemo::Report> &reports);

private:
    struct Threads;
    void deliver(const Report &report);

    std::unique_ptr<Threads> m_threads;
    QList<Report> m_reports;
    int m_pending = 0;
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::ThreadStartDemo::Report)
