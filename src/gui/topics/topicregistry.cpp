// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicregistry.h"

#include "concurrency/concurrencypanel.h"
#include "experiment.h"
#include "factorization/factorizationpanel.h"
#include "parallelism/parallelismpanel.h"

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
    };
    return groups;
}

const QList<Topic> &topics()
{
    // One line per topic: id, section, group, title, experiment factory (empty until its panel exists).
    static const QList<Topic> list = {
        // clang-format off
        {QStringLiteral("threads"), QStringLiteral("1"), QStringLiteral("threads-processes"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Threads and multithreading"), {}},
        {QStringLiteral("processes"), QStringLiteral("2"), QStringLiteral("threads-processes"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Processes and event-driven programming"), {}},
        {QStringLiteral("downloads"), QStringLiteral("3"), QStringLiteral("sequential-parallel"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Threads vs sequential: the image downloader"), {}},
        {QStringLiteral("factorization"), QStringLiteral("4"), QStringLiteral("sequential-parallel"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Multiprocessing: prime factorization"), [](QWidget *p) -> Experiment * { return new FactorizationPanel(p); }},
        {QStringLiteral("concurrency"), QStringLiteral("5"), QStringLiteral("concurrency-memory"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Concurrency and I/O bottlenecks"), [](QWidget *p) -> Experiment * { return new ConcurrencyPanel(p); }},
        {QStringLiteral("parallelism"), QStringLiteral("6"), QStringLiteral("concurrency-memory"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Parallelism and CPU-bound bottlenecks"), [](QWidget *p) -> Experiment * { return new ParallelismPanel(p); }},
        {QStringLiteral("memory"), QStringLiteral("7"), QStringLiteral("concurrency-memory"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Memory architecture: UMA and NUMA"), {}},
        {QStringLiteral("thread-lifecycle"), QStringLiteral("8.1"), QStringLiteral("threads-in-practice"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Creating a thread and its states"), {}},
        {QStringLiteral("starting-threads"), QStringLiteral("8.2"), QStringLiteral("threads-in-practice"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Starting a thread"), {}},
        {QStringLiteral("handling-threads"), QStringLiteral("8.3"), QStringLiteral("threads-in-practice"), QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "Handling threads"), {}},
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
