// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicpage.h"

#include "experiment.h"
#include "gui/panels/relativefonts.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QFontMetricsF>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Lab::Gui {

namespace {

// The lesson body size at 100 % text scale; images scale with the text from there.
constexpr qreal ReferencePointSize = 14.0;

QSize naturalSize(const QVariant &resource)
{
    if (resource.typeId() == QMetaType::QImage)
        return resource.value<QImage>().size();
    if (resource.typeId() == QMetaType::QPixmap)
        return resource.value<QPixmap>().size();
    if (resource.typeId() == QMetaType::QByteArray)
        return QImage::fromData(resource.toByteArray()).size();
    return {};
}

} // namespace

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
}

void TopicPage::applyLessonStyle()
{
    QFont font = m_lesson->font();
    font.setPointSizeF(m_lessonPointSize);
    m_lesson->setFont(font);
    // Headings relative to the body so that zooming scales them together; lessons carry no sizes of
    // their own. The default style sheet applies when the HTML is (re)loaded.
    const qreal body = m_lessonPointSize;
    m_lesson->document()->setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: %1pt; font-weight: 600; margin-bottom: %4px; }"
                       "h2 { font-size: %2pt; font-weight: 600; margin-top: %5px; }"
                       "h3 { font-size: %3pt; font-weight: 600; }"
                       "li { margin-bottom: %6px; }"
                       "pre, code { font-family: monospace; }")
            .arg(body * 1.7, 0, 'f', 1)
            .arg(body * 1.35, 0, 'f', 1)
            .arg(body * 1.2, 0, 'f', 1)
            .arg(int(body))
            .arg(int(body * 1.2))
            .arg(int(body * 0.3)));
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
    QTextDocument *document = m_lesson->document();
    const qreal available = columnWidth();
    if (available <= 0)
        return;
    // The sizes applyLessonStyle() gives each heading level, and the smallest a heading may become.
    // Qt's HTML import also gives headings a relative size (FontSizeAdjustment), which wins over the
    // style's point size when the font is made: it is dropped here, so the style's sizes hold.
    const auto styleSize = [this](int level) {
        return m_lessonPointSize * (level == 1 ? 1.7 : level == 2 ? 1.35 : 1.2);
    };
    const qreal floorSize = m_lessonPointSize;
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 1 || level > 3 || block.begin().atEnd())
            continue;
        const qreal target = styleSize(level);
        QFont font = block.begin().fragment().charFormat().font().resolve(document->defaultFont());
        font.setPointSizeF(target);
        const QFontMetricsF metrics(font);
        qreal widest = 0;
        for (const QString &word : block.text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
        const qreal size = widest > available ? std::max(floorSize, target * available / widest) : target;
        // Collected first: changing a format splits and merges fragments under a running iterator.
        struct Change
        {
            int position;
            int length;
            QTextCharFormat format;
        };
        QList<Change> changes;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            if (!format.hasProperty(QTextFormat::FontSizeAdjustment) && qFuzzyCompare(format.fontPointSize(), size))
                continue;
            format.clearProperty(QTextFormat::FontSizeAdjustment);
            format.setFontPointSize(size);
            changes.append({fragment.position(), fragment.length(), format});
        }
        for (const Change &change : std::as_const(changes)) {
            cursor.setPosition(change.position);
            cursor.setPosition(change.position + change.length, QTextCursor::KeepAnchor);
            cursor.setCharFormat(change.format);
        }
    }
}

void TopicPage::allowBreaksInCode()
{
    // A zero-width space is a line-break opportunity that draws nothing.
    constexpr QChar BreakHere(0x200B);
    const auto isCode = [](const QTextCharFormat &format) {
        const QStringList families = format.fontFamilies().toStringList();
        return format.fontFixedPitch() || std::any_of(families.cbegin(), families.cend(), [](const QString &family) {
                   return family.contains(QLatin1String("ourier"), Qt::CaseInsensitive) ||
                          family.contains(QLatin1String("mono"), Qt::CaseInsensitive);
               });
    };
    struct Change
    {
        int position;
        int length;
        QString text;
        QTextCharFormat format;
    };
    QList<Change> changes;
    QTextDocument *document = m_lesson->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!isCode(fragment.charFormat()) || fragment.charFormat().isImageFormat())
                continue;
            const QString text = fragment.text();
            QString broken;
            broken.reserve(text.size() + 8);
            for (qsizetype i = 0; i < text.size(); ++i) {
                const QChar c = text.at(i);
                // Before a hump (accessM|anager), after a separator (threading.|Thread).
                if (i > 0 && c.isUpper() && text.at(i - 1).isLower())
                    broken.append(BreakHere);
                broken.append(c);
                if (i + 1 < text.size() && QStringView(u"._(,/[:").contains(c) && text.at(i + 1).isLetterOrNumber())
                    broken.append(BreakHere);
            }
            if (broken.size() != text.size())
                changes.append({fragment.position(), fragment.length(), broken, fragment.charFormat()});
        }
    }
    QTextCursor cursor(document);
    for (auto change = changes.crbegin(); change != changes.crend(); ++change) { // back to front: positions hold
        cursor.setPosition(change->position);
        cursor.setPosition(change->position + change->length, QTextCursor::KeepAnchor);
        cursor.insertText(change->text, change->format);
    }
}

void TopicPage::scaleImages()
{
    // QTextDocument keeps an image's natural height when the HTML gives only a width (leaving a gap
    // under a shrunk diagram), and never scales images with the text. Give every image both sizes,
    // in proportion, times the text scale, so diagrams stay readable when a lecturer zooms in, and
    // never wider than the column (a diagram cut on the right under a horizontal scroll bar). The
    // HTML's size is kept in the format, so a later call (a resize) starts from it again.
    constexpr int BaseWidth = QTextFormat::UserProperty + 1;
    constexpr int BaseHeight = QTextFormat::UserProperty + 2;
    QTextDocument *document = m_lesson->document();
    const qreal scale = std::max<qreal>(0.5, m_lessonPointSize / ReferencePointSize);
    // Before the page is shown its viewport has no real width: the first resize fits the diagrams.
    const qreal available = m_lesson->isVisible() ? columnWidth() : 0;
    struct Image
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Image> images;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isImageFormat())
                images.append({fragment.position(), fragment.length(), fragment.charFormat().toImageFormat()});
        }
    }
    QTextCursor cursor(document);
    for (Image &image : images) {
        if (!image.format.hasProperty(BaseWidth)) {
            QSize natural = naturalSize(document->resource(QTextDocument::ImageResource, QUrl(image.format.name())));
            if (natural.isEmpty()) // like QTextImageHandler: ":/x.svg" is a resource path, not a URL
                natural = QImage(image.format.name()).size();
            if (natural.isEmpty())
                continue;
            const bool hasWidth = image.format.hasProperty(QTextFormat::ImageWidth);
            const bool hasHeight = image.format.hasProperty(QTextFormat::ImageHeight);
            qreal width = hasWidth ? image.format.width() : natural.width();
            qreal height = hasHeight ? image.format.height() : natural.height();
            if (hasWidth && !hasHeight)
                height = width * natural.height() / natural.width();
            else if (hasHeight && !hasWidth)
                width = height * natural.width() / natural.height();
            image.format.setProperty(BaseWidth, width);
            image.format.setProperty(BaseHeight, height);
        }
        qreal width = image.format.doubleProperty(BaseWidth) * scale;
        qreal height = image.format.doubleProperty(BaseHeight) * scale;
        if (available > 0 && width > available) {
            height = height * available / width;
            width = available;
        }
        if (qFuzzyCompare(image.format.width(), width) && qFuzzyCompare(image.format.height(), height))
            continue;
        image.format.setWidth(width);
        image.format.setHeight(height);
        cursor.setPosition(image.position);
        cursor.setPosition(image.position + image.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(image.format);
    }
}

void TopicPage::onAnchorClicked(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("topic")) {
        Q_EMIT topicLinkActivated(url.path());
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
    if (m_lessonPath.isEmpty() && m_lesson->document()->characterCount() > 1)
        loadLesson(); // the missing-lesson note is translated text
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
