// SPDX-License-Identifier: GPL-3.0-or-later
#include "slidewidget.h"

#include <QEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Lab::Gui {

namespace {

constexpr qreal SmallestShare = 0.7; // of the lesson's body size
constexpr qreal LargestShare = 1.4;
constexpr int Margin = 40; // around the slide's text, in pixels

} // namespace

SlideWidget::SlideWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("slideView"));
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("slideText"));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setOpenLinks(false);
    m_view->setUndoRedoEnabled(false);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->document()->setDocumentMargin(Margin);
    m_view->viewport()->installEventFilter(this); // its size decides the text's
    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("slideFooter"));
    m_footer->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_footer->setForegroundRole(QPalette::PlaceholderText);
    m_footer->setContentsMargins(Margin, 0, Margin, Margin / 4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_footer);
}

SlideWidget::~SlideWidget() = default;

void SlideWidget::setSlides(const QList<LessonText::Slide> &slides)
{
    m_slides = slides;
    m_current = std::clamp<int>(m_current, 0, std::max<int>(0, int(m_slides.size()) - 1));
    fit();
    updateFooter();
}

void SlideWidget::setCurrent(int index)
{
    index = std::clamp<int>(index, 0, std::max<int>(0, int(m_slides.size()) - 1));
    if (index == m_current && m_fittedPointSize > 0)
        return;
    m_current = index;
    fit();
    updateFooter();
}

void SlideWidget::setBodyPointSize(qreal pointSize)
{
    if (qFuzzyCompare(pointSize, m_bodyPointSize))
        return;
    m_bodyPointSize = pointSize;
    QFont font = m_footer->font();
    font.setPointSizeF(pointSize * 0.6);
    m_footer->setFont(font);
    fit();
}

void SlideWidget::setAfterLast(const QString &what)
{
    m_afterLast = what;
    updateFooter();
}

void SlideWidget::prepare(QTextDocument *document, qreal bodyPointSize, QSizeF room) const
{
    const LessonText::Slide &slide = m_slides.at(m_current);
    QFont font = m_view->font();
    font.setPointSizeF(bodyPointSize);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(LessonText::styleSheet(bodyPointSize));
    document->setHtml(slide.html);
    LessonText::allowBreaksInCode(document);
    const qreal textWidth = room.width() - 2 * Margin - 4;
    // Beside the text a diagram may take its column and most of the height; below the text, half.
    const qreal maxWidth = slide.diagramBeside ? textWidth * LessonText::DiagramColumn : textWidth;
    const qreal maxHeight = (room.height() - 2 * Margin) * (slide.diagramBeside ? 0.8 : 0.5);
    LessonText::scaleImages(document, bodyPointSize / LessonText::ReferencePointSize, maxWidth, maxHeight);
    LessonText::fitHeadings(document, bodyPointSize, textWidth); // headings span the slide
}

void SlideWidget::fit()
{
    if (m_slides.isEmpty()) {
        m_view->clear();
        return;
    }
    const QSizeF room = m_view->viewport()->size();
    if (room.width() < 100 || room.height() < 100) { // not laid out yet: the first resize fits it
        m_fits = false;
        prepare(m_view->document(), m_bodyPointSize, QSizeF(1920, 1080));
        return;
    }
    // The largest body size at which the slide fits the screen without scrolling, to a tenth of a
    // point: measured on a document of the viewport's width.
    QTextDocument probe;
    probe.setDocumentMargin(Margin);
    const auto fits = [&](qreal size) {
        prepare(&probe, size, room);
        probe.setTextWidth(room.width());
        return probe.size().height() <= room.height();
    };
    qreal low = m_bodyPointSize * SmallestShare;
    qreal high = m_bodyPointSize * LargestShare;
    m_fits = true;
    if (fits(high)) {
        low = high;
    } else if (!fits(low)) {
        m_fits = false; // scrolls at the smallest size
    } else {
        while (high - low > 0.1) {
            const qreal middle = (low + high) / 2;
            (fits(middle) ? low : high) = middle;
        }
    }
    m_fittedPointSize = low;
    prepare(m_view->document(), low, room);
}

void SlideWidget::updateFooter()
{
    if (m_slides.isEmpty()) {
        m_footer->clear();
        return;
    }
    const bool last = m_current + 1 == m_slides.size();
    const QString next = !last                   ? tr("PageDown: next slide")
                         : m_afterLast.isEmpty() ? tr("PageDown: next topic")
                                                 : tr("PageDown: %1").arg(m_afterLast);
    m_footer->setText(tr("Slide %1 of %2").arg(m_current + 1).arg(m_slides.size()) + QStringLiteral("  ·  ") + next);
}

bool SlideWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QWidget::eventFilter(watched, event);
}

void SlideWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateFooter();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        fit(); // link colours are taken from the palette when the HTML is parsed
    QWidget::changeEvent(event);
}

} // namespace Lab::Gui
