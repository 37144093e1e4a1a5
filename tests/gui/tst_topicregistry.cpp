// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/labresources.h"
#include "gui/topics/topicregistry.h"
#include "gui/translationmanager.h"
#include "labtest.h"

#include <QFile>
#include <QSet>

#include <algorithm>

using namespace Lab::Gui;

class TestTopicRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { initResources(); }

    // Topics register themselves (lab_add_topic + LAB_REGISTER_TOPIC): the outline's sections come in
    // order whatever order the folders were added in, and every section of the outline the lab teaches
    // today is there (a topic whose registration went missing fails here, not silently).
    void registeredInOutlineOrder()
    {
        const QList<Topic> &list = topics();
        QVERIFY(list.size() >= 14);
        const auto numbers = [](const Topic &topic) {
            QList<int> parts;
            for (const QString &part : topic.section.split(QLatin1Char('.')))
                parts.append(part.toInt());
            return parts;
        };
        for (qsizetype i = 1; i < list.size(); ++i)
            QVERIFY2(numbers(list.at(i - 1)) < numbers(list.at(i)), qPrintable(list.at(i).section));
        for (const QString &section :
             {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"),
              QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8.1"), QStringLiteral("8.2"),
              QStringLiteral("8.3"), QStringLiteral("9.1"), QStringLiteral("9.2"), QStringLiteral("9.4"),
              QStringLiteral("9.5")}) {
            QVERIFY2(std::any_of(list.cbegin(), list.cend(), [&](const Topic &t) { return t.section == section; }),
                     qPrintable(section));
        }
        QCOMPARE(topicIds().first(), QStringLiteral("threads"));
    }

    // Every topic has an experiment panel and its code listings (the Code tab: the lab's C++ and the
    // course's Python), found by name.
    void everyTopicHasAnExperimentAndListings()
    {
        for (const Topic &topic : topics()) {
            QVERIFY2(topic.createExperiment, qPrintable(topic.id));
            for (const QString &suffix : {QStringLiteral(".py"), QStringLiteral(".cpp.txt")}) {
                const QString path = QStringLiteral(":/code/") + topic.id + suffix;
                QVERIFY2(QFile::exists(path), qPrintable(path + QStringLiteral(" is missing")));
            }
        }
    }

    void idsAndSectionsAreUnique()
    {
        QSet<QString> ids;
        QSet<QString> sections;
        for (const Topic &topic : topics()) {
            QVERIFY2(!topic.id.isEmpty(), "empty id");
            QVERIFY2(!ids.contains(topic.id), qPrintable(topic.id));
            QVERIFY2(!sections.contains(topic.section), qPrintable(topic.section));
            ids.insert(topic.id);
            sections.insert(topic.section);
            QVERIFY(topic.title && *topic.title);
            QCOMPARE(findTopic(topic.id), &topic);
        }
        QCOMPARE(findTopic(u"no-such-topic"), nullptr);
    }

    void groupsAreValidAndContiguous()
    {
        QSet<QString> groupIds;
        for (const TopicGroup &group : topicGroups()) {
            QVERIFY(!groupIds.contains(group.id));
            groupIds.insert(group.id);
            QVERIFY(group.title && *group.title);
        }
        QSet<QString> finished;
        QString current;
        for (const Topic &topic : topics()) {
            QVERIFY2(findTopicGroup(topic.groupId), qPrintable(topic.id));
            if (topic.groupId != current) {
                // The navigator lists topics group by group, in the outline's order.
                QVERIFY2(!finished.contains(topic.groupId), qPrintable(topic.groupId));
                if (!current.isEmpty())
                    finished.insert(current);
                current = topic.groupId;
            }
        }
        for (const TopicGroup &group : topicGroups()) {
            const bool used = std::any_of(topics().cbegin(), topics().cend(),
                                          [&](const Topic &topic) { return topic.groupId == group.id; });
            QVERIFY2(used, qPrintable(group.id));
        }
    }

    void everyTopicHasALessonInEveryLanguage_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList languages = TranslationManager::availableLanguages();
        QVERIFY(languages.contains(QStringLiteral("en")));
        QVERIFY(languages.contains(QStringLiteral("de")));
        for (const QString &language : languages) {
            for (const Topic &topic : topics()) {
                const QString path = QStringLiteral(":/lessons/%1/%2.html").arg(language, topic.id);
                QTest::newRow(qPrintable(path)) << path;
            }
        }
    }

    void everyTopicHasALessonInEveryLanguage()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(" is missing")));
        QVERIFY2(file.size() > 0, qPrintable(path + QStringLiteral(" is empty")));
    }
};

LAB_TEST_MAIN(TestTopicRegistry)
#include "tst_topicregistry.moc"
