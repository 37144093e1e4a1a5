// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicpage.h"

#include "experiment.h"
#include "gui/panels/relativefonts.h"
#include "lessontext.h"
#include "slidewidget.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Lab::Gui {

TopicPage::TopicPage(const Topic &topic, const QString &language, qreal lessonPointSize, QWidget *parent)
    : QWidget(parent)
    , m_topic(topic)
    , m_language(language)
    , m_lessonPointSize(lessonPointSize)
{
    setObjectName(QStringLiteral("topicPage_") + topic.id);

    m_lesson = new QTextBrowser(this);
    m_lesson->setObjectName(QStringLiteral("lessonView"));
    m_lesson->setOpenLinks(false);
    m_lesson->setFrameShape(QFrame::NoFrame);
    m_lesson->document()->setDocumentMargin(24);
    m_lesson->setUndoRedoEnabled(false);
    connect(m_lesson, &QTextBrowser::anchorClicked, this, &TopicPage::onAnchorClicked);
    m_lesson->viewport()->installEventFilter(this); // its width decides the headings' size

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("topicSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_lesson);

    if (m_topic.createExperiment) {
        m_experimentFrame = new QFrame(m_splitter);
        m_experimentFrame->setObjectName(QStringLiteral("experimentArea"));
        m_experimentFrame->setFrameShape(QFrame::StyledPanel);
        auto *frameLayout = new QVBoxLayout(m_experimentFrame);
        m_experimentHeading = new QLabel(m_experimentFrame);
        m_experimentHeading->setObjectName(QStringLiteral("experimentHeading"));
        // Relative to the page's font, so it follows presenter mode and zoom both ways (a fixed
        // font set while presenting kept the presenter's size afterwards).
        (new RelativeFonts(this))->add(m_experimentHeading, 1.25);
        frameLayout->addWidget(m_experimentHeading);
        // The panel scrolls rather than forcing its minimum size on the window (a panel with a
        // form, a table and two charts is taller than a laptop screen at 160 % text).
        auto *scroll = new QScrollArea(m_experimentFrame);
        scroll->setObjectName(QStringLiteral("experimentScroll"));
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        m_experiment = m_topic.createExperiment(scroll);
        if (m_experiment) {
            scroll->setWidget(m_experiment);
            frameLayout->addWidget(scroll, 1);
        }
        m_splitter->addWidget(m_experimentFrame);
        // The experiment gets the larger share: results and charts need the room.
        m_splitter->setStretchFactor(0, 2);
        m_splitter->setStretchFactor(1, 3);
        m_splitter->setSizes({2000, 3000});
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    if (m_experiment) {
        // A run started by any means (Space, --run, a script) is what the hall should see.
        connect(m_experiment, &Experiment::runStarted, this, [this] {
            if (m_presenting)
                setStage(experimentStage());
        });
    }

    retranslate();
    applyLessonStyle();
    loadLesson();
}

TopicPage::~TopicPage() = default;

QString TopicPage::findLesson(const QString &topicId, const QString &language)
{
    for (const QString &lang : {language, QStringLiteral("en")}) {
        const QString path = QStringLiteral(":/lessons/%1/%2.html").arg(lang, topicId);
        if (!lang.isEmpty() && QFile::exists(path))
            return path;
    }
    return {};
}

void TopicPage::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    loadLesson();
}

void TopicPage::setLessonPointSize(qreal pointSize)
{
    if (qFuzzyCompare(pointSize, m_lessonPointSize))
        return;
    m_lessonPointSize = pointSize;
    applyLessonStyle();
    loadLesson();
    if (m_slides)
        m_slides->setBodyPointSize(pointSize);
}

void TopicPage::setPresenting(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    if (on && !m_slides) {
        m_slides = new SlideWidget(this);
        m_slides->setBodyPointSize(m_lessonPointSize);
        layout()->addWidget(m_slides);
        loadSlides();
        retranslate();
    }
    // A run in progress stays in view; otherwise the lesson starts from its first slide.
    m_stage = on && !(m_experiment && m_experiment->isRunning()) ? 0 : std::max(0, experimentStage());
    showStage();
    emit stageChanged(m_stage);
}

int TopicPage::stageCount() const
{
    return int(m_slides ? m_slides->count() : 0) + (m_experiment ? 1 : 0);
}

int TopicPage::experimentStage() const
{
    return m_experiment ? stageCount() - 1 : -1;
}

void TopicPage::setStage(int stage)
{
    stage = std::clamp(stage, 0, std::max(0, stageCount() - 1));
    if (stage == m_stage)
        return;
    m_stage = stage;
    showStage();
    emit stageChanged(m_stage);
}

void TopicPage::showStage()
{
    const bool slide = m_presenting && m_slides && m_stage < m_slides->count();
    if (m_slides) {
        m_slides->setVisible(slide);
        if (slide)
            m_slides->setCurrent(m_stage);
    }
    m_splitter->setVisible(!slide);
    m_lesson->setVisible(!m_presenting || !m_experimentFrame);
}

void TopicPage::loadSlides()
{
    if (!m_slides)
        return;
    QFile file(m_lessonPath);
    m_slides->setSlides(file.open(QIODevice::ReadOnly) ? LessonText::slides(QString::fromUtf8(file.readAll()))
                                                       : QList<LessonText::Slide>{});
    if (m_stage >= stageCount())
        setStage(stageCount() - 1);
}

void TopicPage::applyLessonStyle()
{
    QFont font = m_lesson->font();
    font.setPointSizeF(m_lessonPointSize);
    m_lesson->setFont(font);
    // Headings relative to the body so that zooming scales them together; lessons carry no sizes of
    // their own. The default style sheet applies when the HTML is (re)loaded.
    m_lesson->document()->setDefaultStyleSheet(LessonText::styleSheet(m_lessonPointSize));
}

void TopicPage::loadLesson()
{
    const int scroll = m_lesson->verticalScrollBar()->value();
    const QString path = findLesson(m_topic.id, m_language);
    m_lessonPath = path;
    if (path.isEmpty()) {
        m_lesson->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(tr("The lesson text for “%1” is missing from this build (expected %2).")
                         .arg(topicTitle(m_topic), QStringLiteral(":/lessons/%1/%2.html").arg(m_language, m_topic.id))
                         .toHtmlEscaped()));
        return;
    }
    const QUrl url(QStringLiteral("qrc") + path);
    if (m_lesson->source() == url)
        m_lesson->reload();
    else
        m_lesson->setSource(url);
    allowBreaksInCode();
    scaleImages();
    fitHeadings();
    m_lesson->verticalScrollBar()->setValue(scroll);
    loadSlides();
}

bool TopicPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_lesson->viewport() && event->type() == QEvent::Resize) {
        scaleImages();
        fitHeadings();
    }
    return QWidget::eventFilter(watched, event);
}

qreal TopicPage::columnWidth() const
{
    // As if the vertical scroll bar were shown: it appears once the document is laid out, and a
    // heading or diagram fitted to the wider viewport would then be too wide.
    const int scrollBar =
        m_lesson->verticalScrollBar()->isVisible() ? 0 : m_lesson->verticalScrollBar()->sizeHint().width();
    return m_lesson->viewport()->width() - scrollBar - 2 * m_lesson->document()->documentMargin() - 4;
}

void TopicPage::fitHeadings()
{
    LessonText::fitHeadings(m_lesson->document(), m_lessonPointSize, columnWidth());
    // Tables too: smaller type in their cells before a word is broken (a hidden page has no width).
    if (m_lesson->isVisibleTo(window()))
        LessonText::fitTables(m_lesson->document(), m_lessonPointSize,
                              columnWidth() + 2 * m_lesson->document()->documentMargin());
}

void TopicPage::allowBreaksInCode()
{
    LessonText::allowBreaksInCode(m_lesson->document());
}

void TopicPage::scaleImages()
{
    // Diagrams scale with the text, and never wider than the column (a diagram cut on the right
    // under a horizontal scroll bar). Before the page is shown its viewport has no real width: the
    // first resize fits the diagrams.
    const qreal scale = std::max<qreal>(0.5, m_lessonPointSize / LessonText::ReferencePointSize);
    LessonText::scaleImages(m_lesson->document(), scale, m_lesson->isVisible() ? columnWidth() : 0);
}

void TopicPage::onAnchorClicked(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("topic")) {
        emit topicLinkActivated(url.path());
    } else if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
               scheme == QLatin1String("mailto")) {
        QDesktopServices::openUrl(url);
    } else if (url.hasFragment()) {
        m_lesson->scrollToAnchor(url.fragment());
    }
}

void TopicPage::retranslate()
{
    if (m_experimentHeading)
        m_experimentHeading->setText(tr("Experiment"));
    if (m_slides)
        m_slides->setAfterLast(m_experiment ? tr("the experiment") : QString());
    if (m_lessonPath.isEmpty() && m_lesson->document()->characterCount() > 1)
        loadLesson(); // the missing-lesson note is translated text
}

void TopicPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_columnsFitted && m_experiment && !m_presenting) {
        m_columnsFitted = true;
        fitExperimentColumn();
    }
}

void TopicPage::fitExperimentColumn()
{
    auto *scroll = m_experimentFrame->findChild<QScrollArea *>(QStringLiteral("experimentScroll"));
    if (!scroll)
        return;
    const QMargins margins = m_experimentFrame->layout()->contentsMargins();
    const int needed = m_experiment->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() +
                       2 * scroll->frameWidth() + margins.left() + margins.right() +
                       2 * m_experimentFrame->frameWidth();
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (sizes.size() == 2 && sizes.at(1) < needed && total - needed >= total * MinLessonShare)
        m_splitter->setSizes({total - needed, needed});
}

void TopicPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        loadLesson(); // link colours are taken from the palette when the HTML is parsed
    QWidget::changeEvent(event);
}

} // namespace Lab::Gui
