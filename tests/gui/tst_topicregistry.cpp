// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/labresources.h"
#include "gui/topics/topicregistry.h"
#include "gui/translationmanager.h"

#include <QFile>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Lab::Gui;

class TestTopicRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initResources(); }

    void idsAreTheDesignsInOrder()
    {
        const QStringList expected = {
            QStringLiteral("threads"),
            QStringLiteral("processes"),
            QStringLiteral("downloads"),
            QStringLiteral("factorization"),
            QStringLiteral("concurrency"),
            QStringLiteral("parallelism"),
            QStringLiteral("memory"),
            QStringLiteral("thread-lifecycle"),
            QStringLiteral("starting-threads"),
            QStringLiteral("handling-threads"),
            QStringLiteral("locks"),
            QStringLiteral("deadlock"),
            QStringLiteral("conditions"),
            QStringLiteral("semaphores"),
        };
        QCOMPARE(topicIds().mid(0, expected.size()), expected);
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

QTEST_MAIN(TestTopicRegistry)
#include "tst_topicregistry.moc"
