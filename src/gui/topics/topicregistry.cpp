// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicregistry.h"

#include "concurrency/concurrencypanel.h"
#include "conditions/conditionspanel.h"
#include "deadlock/deadlockpanel.h"
#include "downloads/downloadspanel.h"
#include "experiment.h"
#include "factorization/factorizationpanel.h"
#include "handlingthreads/handlingthreadspanel.h"
#include "locks/lockspanel.h"
#include "memory/memorypanel.h"
#include "parallelism/parallelismpanel.h"
#include "processes/processespanel.h"
#include "semaphores/semaphorespanel.h"
#include "startingthreads/startingthreadspanel.h"
#include "threadlifecycle/threadlifecyclepanel.h"
#include "threads/threadspanel.h"

#include <QCoreApplication>

namespace Lab::Gui {

namespace {
constexpr char Context[] = "Lab::Gui::TopicRegistry";
} // namespace

const QList<TopicGroup> &topicGroups()
{
    static const QList<TopicGroup> groups = {
        {QStringLiteral("threads-processes"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Threads and processes")},
        {QStringLiteral("sequential-parallel"),
         QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Sequential vs parallel, by example")},
        {QStringLiteral("concurrency-memory"),
         QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Concurrency, parallelism and memory")},
        {QStringLiteral("threads-in-practice"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Threads in practice")},
        {QStringLiteral("synchronization"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Synchronization")},
    };
    return groups;
}

const QList<Topic> &topics()
{
    // One line per topic: id, section, group, title, experiment factory (empty until its panel exists).
    static const QList<Topic> list = {
        // clang-format off
        {QStringLiteral("threads"), QStringLiteral("1"), QStringLiteral("threads-processes"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Threads and multithreading"), [](QWidget *p) -> Experiment * { return new ThreadsPanel(p); }},
        {QStringLiteral("processes"), QStringLiteral("2"), QStringLiteral("threads-processes"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Processes and event-driven programming"), [](QWidget *p) -> Experiment * { return new ProcessesPanel(p); }},
        {QStringLiteral("downloads"), QStringLiteral("3"), QStringLiteral("sequential-parallel"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Threads vs sequential: the image downloader"), [](QWidget *p) -> Experiment * { return new DownloadsPanel(p); }},
        {QStringLiteral("factorization"), QStringLiteral("4"), QStringLiteral("sequential-parallel"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Multiprocessing: prime factorization"), [](QWidget *p) -> Experiment * { return new FactorizationPanel(p); }},
        {QStringLiteral("concurrency"), QStringLiteral("5"), QStringLiteral("concurrency-memory"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Concurrency and I/O bottlenecks"), [](QWidget *p) -> Experiment * { return new ConcurrencyPanel(p); }},
        {QStringLiteral("parallelism"), QStringLiteral("6"), QStringLiteral("concurrency-memory"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Parallelism and CPU-bound bottlenecks"), [](QWidget *p) -> Experiment * { return new ParallelismPanel(p); }},
        {QStringLiteral("memory"), QStringLiteral("7"), QStringLiteral("concurrency-memory"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Memory architecture: UMA and NUMA"), [](QWidget *p) -> Experiment * { return new MemoryPanel(p); }},
        {QStringLiteral("thread-lifecycle"), QStringLiteral("8.1"), QStringLiteral("threads-in-practice"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Creating a thread and its states"), [](QWidget *p) -> Experiment * { return new ThreadLifecyclePanel(p); }},
        {QStringLiteral("starting-threads"), QStringLiteral("8.2"), QStringLiteral("threads-in-practice"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Starting a thread"), [](QWidget *p) -> Experiment * { return new StartingThreadsPanel(p); }},
        {QStringLiteral("handling-threads"), QStringLiteral("8.3"), QStringLiteral("threads-in-practice"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Handling threads"), [](QWidget *p) -> Experiment * { return new HandlingThreadsPanel(p); }},
        {QStringLiteral("locks"), QStringLiteral("9.1"), QStringLiteral("synchronization"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Locks and the data race"), [](QWidget *p) -> Experiment * { return new LocksPanel(p); }},
        {QStringLiteral("deadlock"), QStringLiteral("9.2"), QStringLiteral("synchronization"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Deadlock: the dining philosophers"), [](QWidget *p) -> Experiment * { return new DeadlockPanel(p); }},
        {QStringLiteral("conditions"), QStringLiteral("9.4"), QStringLiteral("synchronization"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Conditions, events and barriers"), [](QWidget *p) -> Experiment * { return new ConditionsPanel(p); }},
        {QStringLiteral("semaphores"), QStringLiteral("9.5"), QStringLiteral("synchronization"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Semaphores: the ticket sellers"), [](QWidget *p) -> Experiment * { return new SemaphoresPanel(p); }},
        // clang-format on
    };
    return list;
}

const Topic *findTopic(QStringView id)
{
    for (const Topic &topic : topics()) {
        if (topic.id == id)
            return &topic;
    }
    return nullptr;
}

const TopicGroup *findTopicGroup(QStringView id)
{
    for (const TopicGroup &group : topicGroups()) {
        if (group.id == id)
            return &group;
    }
    return nullptr;
}

QStringList topicIds()
{
    QStringList ids;
    for (const Topic &topic : topics())
        ids.append(topic.id);
    return ids;
}

QString topicTitle(const Topic &topic)
{
    return QCoreApplication::translate(Context, topic.title);
}

QString groupTitle(const TopicGroup &group)
{
    return QCoreApplication::translate(Context, group.title);
}

} // namespace Lab::Gui
