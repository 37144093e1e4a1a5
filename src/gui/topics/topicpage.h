// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topicregistry.h"

#include <QUrl>
#include <QWidget>

class QFrame;
class QLabel;
class QSplitter;
class QTextBrowser;

namespace Lab::Gui {

class Experiment;
class SlideWidget;

// One topic: its lesson (left, a QTextBrowser) and, when the topic has one, its experiment in a
// framed area on the right. Without an experiment the lesson takes the full width.
class TopicPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicPage)

public:
    TopicPage(const Topic &topic, const QString &language, qreal lessonPointSize, QWidget *parent = nullptr);
    ~TopicPage() override;

    const Topic &topic() const { return m_topic; }
    Experiment *experiment() const { return m_experiment; }
    QTextBrowser *lessonView() const { return m_lesson; }
    QSplitter *splitter() const { return m_splitter; }

    // The qrc path of the lesson shown (":/lessons/de/threads.html"), empty when none was found.
    QString lessonPath() const { return m_lessonPath; }
    // ":/lessons/<language>/<id>.html" when it exists, else the English one, else empty.
    static QString findLesson(const QString &topicId, const QString &language);

    void setLanguage(const QString &language);
    void setLessonPointSize(qreal pointSize);

    // Presenter mode (docs/presenter.md): the page becomes a sequence of stages, the lesson's slides
    // one at a time, full size, then the experiment with the whole width (the lesson column hidden).
    // Off: the lesson beside the experiment, as before.
    void setPresenting(bool on);
    bool isPresenting() const { return m_presenting; }
    int stageCount() const;
    int stage() const { return m_stage; }
    void setStage(int stage);
    // The experiment's stage (the last), or -1 for a topic without an experiment.
    int experimentStage() const;
    bool showsExperiment() const { return m_presenting && m_stage == experimentStage(); }
    SlideWidget *slideWidget() const { return m_slides; }

signals:
    // A lesson link of the form topic:<id> was followed.
    void topicLinkActivated(const QString &topicId);
    void stageChanged(int stage);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadLesson();
    void applyLessonStyle();
    void scaleImages();
    // Headings at the lesson style's sizes, shrunk where the longest word is wider than the lesson's
    // column, so that headings wrap between words and never inside one; regrown when it widens. The
    // same for the type in tables (LessonText::fitTables).
    void fitHeadings();
    // Lets long code identifiers (threading.Thread, QNetworkAccessManager) wrap at their dots,
    // underscores, brackets and humps instead of inside a word, in a narrow column.
    void allowBreaksInCode();
    // The lesson column's width for text and diagrams (as if its scroll bar were shown).
    qreal columnWidth() const;
    // First shown: the experiment column at least as wide as its panel needs (no horizontal scroll
    // bar on a 1366 px laptop), as long as the lesson keeps MinLessonShare of the page.
    void fitExperimentColumn();
    static constexpr qreal MinLessonShare = 0.35;
    void loadSlides();
    void showStage();
    void retranslate();
    void onAnchorClicked(const QUrl &url);

    const Topic &m_topic;
    QString m_language;
    qreal m_lessonPointSize = 14;
    QString m_lessonPath;
    QSplitter *m_splitter = nullptr;
    QTextBrowser *m_lesson = nullptr;
    QFrame *m_experimentFrame = nullptr;
    QLabel *m_experimentHeading = nullptr;
    Experiment *m_experiment = nullptr;
    SlideWidget *m_slides = nullptr; // made when presenting starts
    bool m_presenting = false;
    bool m_columnsFitted = false;
    int m_stage = 0;
};

} // namespace Lab::Gui
