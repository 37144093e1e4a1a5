// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

class QWidget;

namespace Lab::Gui {

class Experiment;

// One group of the outline ("Threads and processes", ...). `title` is marked with QT_TRANSLATE_NOOP
// in the "Lab::Gui::TopicRegistry" context; show it with groupTitle().
struct TopicGroup
{
    QString id;
    const char *title = nullptr;
};

// One topic of the lab: its lesson (:/lessons/<lang>/<id>.html) and, once built, its experiment.
struct Topic
{
    QString id;                  // "threads"; used by --topic, the settings and the lesson file names
    QString section;             // "1", "8.1"
    QString groupId;             // a TopicGroup id
    const char *title = nullptr; // QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", ...); see topicTitle()
    // Creates the topic's experiment panel; empty while the topic has none (the page then shows the
    // lesson alone, full width).
    std::function<Experiment *(QWidget *parent)> createExperiment;
};

// Every registered topic, in the outline's order (by section). A topic registers itself: its folder's
// CMakeLists.txt calls lab_add_topic(), its panel's .cpp file ends with LAB_REGISTER_TOPIC(...)
// (docs/ARCHITECTURE.md, "Adding a topic").
const QList<Topic> &topics();
const QList<TopicGroup> &topicGroups();

const Topic *findTopic(QStringView id);
const TopicGroup *findTopicGroup(QStringView id);
QStringList topicIds();

// Titles in the current language.
QString topicTitle(const Topic &topic);
QString groupTitle(const TopicGroup &group);

} // namespace Lab::Gui

// Registers a topic; at file scope (outside any namespace) in the panel's .cpp file. `symbol` is the
// id as a C identifier (lab_add_topic() derives the same name: "thread-lifecycle" -> thread_lifecycle),
// `title` is QT_TRANSLATE_NOOP("Lab::Gui::TopicRegistry", "...").
#define LAB_REGISTER_TOPIC(symbol, id, section, group, title, Panel)                                                   \
    namespace Lab::Gui::RegisteredTopics {                                                                             \
    void symbol(QList<::Lab::Gui::Topic> &topics);                                                                     \
    }                                                                                                                  \
    void Lab::Gui::RegisteredTopics::symbol(QList<::Lab::Gui::Topic> &topics)                                          \
    {                                                                                                                  \
        topics.append({QStringLiteral(id), QStringLiteral(section), QStringLiteral(group), title,                      \
                       [](QWidget *parent) -> ::Lab::Gui::Experiment * { return new Panel(parent); }});                \
    }
