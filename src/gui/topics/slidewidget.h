// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessontext.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QTextDocument;

namespace Lab::Gui {

// A lesson shown one slide at a time (presenter mode, docs/presenter.md): each slide fills the
// widget, its text as large as fits (between 70 % and 140 % of the lesson's body size, never
// scrolled at those sizes on a 16:9 screen), its diagram beside the text. A footer says where in the
// lesson the hall is and what PageDown does next.
class SlideWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlideWidget)

public:
    explicit SlideWidget(QWidget *parent = nullptr);
    ~SlideWidget() override;

    void setSlides(const QList<LessonText::Slide> &slides);
    qsizetype count() const { return m_slides.size(); }
    int current() const { return m_current; }
    void setCurrent(int index);
    // The lesson's body size; a slide's text is fitted around it.
    void setBodyPointSize(qreal pointSize);
    // The body size the current slide was fitted to (tests).
    qreal fittedPointSize() const { return m_fittedPointSize; }
    // Whether the current slide fits without scrolling at a size in range (tests, the audit).
    bool fits() const { return m_fits; }
    // What follows the last slide, for the footer ("the experiment"); empty: the next topic.
    void setAfterLast(const QString &what);
    QTextBrowser *textView() const { return m_view; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fit();
    // Loads the current slide into `document` at `bodyPointSize` for a viewport of `room`.
    void prepare(QTextDocument *document, qreal bodyPointSize, QSizeF room) const;
    void updateFooter();

    QList<LessonText::Slide> m_slides;
    int m_current = 0;
    qreal m_bodyPointSize = 22;
    qreal m_fittedPointSize = 0;
    bool m_fits = false;
    QString m_afterLast;
    QTextBrowser *m_view = nullptr;
    QLabel *m_footer = nullptr;
};

} // namespace Lab::Gui
