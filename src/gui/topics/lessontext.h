// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QTextBlock;
class QTextDocument;
QT_END_NAMESPACE

namespace Lab::Gui::LessonText {

// The lesson body size at 100 % text scale; diagrams scale with the text from there.
inline constexpr qreal ReferencePointSize = 14.0;

// The lessons' style sheet for a body of `bodyPointSize` (headings relative to it). Applies when the
// HTML is (re)loaded into the document.
QString styleSheet(qreal bodyPointSize);

// Lets long code identifiers (threading.Thread, QNetworkAccessManager) wrap at their dots,
// underscores, brackets and humps instead of inside a word, in a narrow column.
void allowBreaksInCode(QTextDocument *document);

// Headings at the style sheet's sizes, shrunk (down to the body size) where their longest word is
// wider than `available`, so that headings wrap between words and never inside one.
void fitHeadings(QTextDocument *document, qreal bodyPointSize, qreal available);

// The type in the cells of each table, from the body size down to MinTableScale of it, as large as
// lets every cell wrap between words when the document is `textWidth` wide (a two-column table in a
// narrow lesson column otherwise breaks "Python" into "Pytho / n") and the table is no wider than
// the page. Returns the number of tables that still do not fit at the smallest size (0 when all fit).
inline constexpr qreal MinTableScale = 0.6;
int fitTables(QTextDocument *document, qreal bodyPointSize, qreal textWidth);

// True when a line of `block` (laid out) ends inside a word: the word was broken to fit.
bool breaksWord(const QTextBlock &block);

// Gives every image both sizes, in proportion, times `scale` (so diagrams stay readable when the text
// is zoomed), and never wider than `maxWidth` nor taller than `maxHeight` (0: no bound). The HTML's
// size is kept in the format, so a later call (a resize) starts from it again.
void scaleImages(QTextDocument *document, qreal scale, qreal maxWidth, qreal maxHeight = 0);

// One slide of a lesson, laid out for a wide screen: the heading first, then the text with its
// diagrams beside it (diagramBeside, in a column of DiagramColumn of the width) or, when the text
// holds a table, below it.
struct Slide
{
    QString html;
    bool diagramBeside = false;
};
inline constexpr qreal DiagramColumn = 0.44;

// The lesson's slides: the contents of each <section> (the whole body when it has none).
QList<Slide> slides(const QString &lessonHtml);

} // namespace Lab::Gui::LessonText
