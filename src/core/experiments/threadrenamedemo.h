// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>
#include <sys/types.h>

namespace Lab::Core {

// Issue 7.5: naming before start sets the OS name (truncated to 15 characters); renaming the
// QThread after start changes objectName() only, not /proc; the thread itself can still rename its
// OS thread with pthread_setname_np. The demo does all three to one live thread and reports both views.
class ThreadRenameDemo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadRenameDemo)
public:
    struct Report
    {
        pid_t tid = 0;
        QString nameBeforeStart;   // objectName() given before start()
        QString commAtStart;       // /proc/self/task/<tid>/comm once running: the first 15 bytes
        QString nameAfterRename;   // objectName() after setObjectName() on the running thread
        QString commAfterRename;   // unchanged: Qt names the OS thread only in start()
        QString commAfterOsRename; // after pthread_setname_np(nameAfterRename) inside the thread
    };

    explicit ThreadRenameDemo(QObject *parent = nullptr);
    ~ThreadRenameDemo() override;

    // Returns at once; finished() follows within milliseconds. False when already running or a name is empty.
    bool start(const QString &nameBeforeStart = QStringLiteral("handling-threads-demo"),
               const QString &nameAfterRename = QStringLiteral("renamed-later"));

signals:
    void finished(const Lab::Core::ThreadRenameDemo::Report &report);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace Lab::Core

Q_DECLARE_METATYPE(Lab::Core::ThreadRenameDemo::Report)
