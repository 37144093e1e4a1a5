// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessontext.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QImage>
#include <QPixmap>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace Lab::Gui::LessonText {

namespace {

// Heading sizes relative to the body, for the style sheet and for fitHeadings().
constexpr qreal HeadingFactor[] = {1.0, 1.7, 1.35, 1.2};

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

QString styleSheet(qreal bodyPointSize)
{
    const qreal body = bodyPointSize;
    return QStringLiteral("h1 { font-size: %1pt; font-weight: 600; margin-bottom: %4px; }"
                          "h2 { font-size: %2pt; font-weight: 600; margin-top: %5px; }"
                          "h3 { font-size: %3pt; font-weight: 600; }"
                          "li { margin-bottom: %6px; }"
                          "pre, code { font-family: monospace; }")
        .arg(body * HeadingFactor[1], 0, 'f', 1)
        .arg(body * HeadingFactor[2], 0, 'f', 1)
        .arg(body * HeadingFactor[3], 0, 'f', 1)
        .arg(int(body))
        .arg(int(body * 1.2))
        .arg(int(body * 0.3));
}

void fitHeadings(QTextDocument *document, qreal bodyPointSize, qreal available)
{
    if (available <= 0)
        return;
    // Qt's HTML import also gives headings a relative size (FontSizeAdjustment), which wins over the
    // style's point size when the font is made: it is dropped here, so the style's sizes hold.
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 1 || level > 3 || block.begin().atEnd())
            continue;
        const qreal target = bodyPointSize * HeadingFactor[level];
        QFont font = block.begin().fragment().charFormat().font().resolve(document->defaultFont());
        font.setPointSizeF(target);
        const QFontMetricsF metrics(font);
        qreal widest = 0;
        for (const QString &word : block.text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
        const qreal size = widest > available ? std::max(bodyPointSize, target * available / widest) : target;
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

bool breaksWord(const QTextBlock &block)
{
    const QTextLayout *layout = block.layout();
    const QString text = block.text();
    for (int i = 0; layout && i + 1 < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const int end = line.textStart() + line.textLength();
        if (end > 0 && end < text.size() && text.at(end - 1).isLetterOrNumber() && text.at(end).isLetterOrNumber())
            return true;
    }
    return false;
}

namespace {

QList<QTextTable *> tablesOf(QTextFrame *frame)
{
    QList<QTextTable *> tables;
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables.append(table);
        tables.append(tablesOf(child));
    }
    return tables;
}

bool tableBreaksWord(QTextTable *table)
{
    for (int row = 0; row < table->rows(); ++row) {
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            if (cell.row() != row || cell.column() != column)
                continue; // a spanned cell, checked at its origin
            for (auto it = cell.begin(); !it.atEnd(); ++it) {
                if (it.currentBlock().isValid() && breaksWord(it.currentBlock()))
                    return true;
            }
        }
    }
    return false;
}

void setTableTextSize(QTextTable *table, qreal pointSize)
{
    const QTextBlock first = table->cellAt(0, 0).firstCursorPosition().block();
    if (first.isValid() && !first.begin().atEnd() &&
        qFuzzyCompare(first.begin().fragment().charFormat().fontPointSize(), pointSize))
        return; // already that size (a resize that changes nothing need not touch the document)
    QTextCharFormat size;
    size.setFontPointSize(pointSize);
    QTextCursor cursor = table->firstCursorPosition();
    cursor.setPosition(table->lastPosition(), QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(size);
}

} // namespace

int fitTables(QTextDocument *document, qreal bodyPointSize, qreal textWidth)
{
    if (textWidth <= 0)
        return 0;
    // Tried on a copy laid out at the view's width, then applied: the view's own layout may not have
    // its new width yet (this runs when its viewport is resized).
    std::unique_ptr<QTextDocument> probe(document->clone());
    probe->setTextWidth(textWidth);
    const QList<QTextTable *> tables = tablesOf(document->rootFrame());
    const QList<QTextTable *> probeTables = tablesOf(probe->rootFrame());
    if (tables.isEmpty() || tables.size() != probeTables.size())
        return 0;
    // Fits: no word broken, and not wider than the page (a table whose words cannot get narrower
    // overflows to the right, under a horizontal scroll bar).
    const qreal right = textWidth - probe->documentMargin();
    const auto fits = [&probe, right](QTextTable *table) {
        return !tableBreaksWord(table) && probe->documentLayout()->frameBoundingRect(table).right() <= right;
    };
    // A table of width="100%" is laid out a fraction of a pixel wider than the page at some widths
    // (rounding), which shows a horizontal scroll bar for one pixel: such a width becomes a fixed one,
    // a pixel short of the share, each time the page's width changes.
    constexpr int PercentWidth = QTextFormat::UserProperty + 3;
    const qreal page = textWidth - 2 * document->documentMargin();
    for (const auto &list : {tables, probeTables}) {
        for (QTextTable *table : list) {
            QTextTableFormat format = table->format();
            if (format.width().type() == QTextLength::PercentageLength)
                format.setProperty(PercentWidth, format.width().rawValue());
            if (!format.hasProperty(PercentWidth))
                continue;
            const qreal width = std::floor(page * format.doubleProperty(PercentWidth) / 100) - 1;
            if (format.width().type() != QTextLength::FixedLength || !qFuzzyCompare(format.width().rawValue(), width)) {
                format.setWidth(QTextLength(QTextLength::FixedLength, width));
                table->setFormat(format);
            }
        }
    }
    QList<qreal> sizes(tables.size(), 0); // 0: not settled yet
    constexpr qreal Steps[] = {1.0, 0.9, 0.8, 0.7, MinTableScale};
    for (const qreal scale : Steps) {
        for (qsizetype i = 0; i < tables.size(); ++i) {
            if (sizes[i] == 0)
                setTableTextSize(probeTables[i], bodyPointSize * scale);
        }
        probe->documentLayout()->documentSize(); // lays the copy out
        for (qsizetype i = 0; i < tables.size(); ++i) {
            if (sizes[i] == 0 && (fits(probeTables[i]) || scale == MinTableScale))
                sizes[i] = bodyPointSize * scale;
        }
        if (!sizes.contains(0))
            break;
    }
    int stillBroken = 0;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        setTableTextSize(tables[i], sizes[i]);
        stillBroken += fits(probeTables[i]) ? 0 : 1;
    }
    return stillBroken;
}

void allowBreaksInCode(QTextDocument *document)
{
    // A zero-width space is a line-break opportunity that draws nothing; a word joiner forbids one
    // (a line may otherwise end after the "+" of "++counter" or the "-" of "t->start()").
    constexpr QChar BreakHere(0x200B);
    constexpr QChar KeepTogether(0x2060);
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
                else if (i > 0 && i + 1 < text.size() && c == QLatin1Char('-') && text.at(i - 1).isLetter() &&
                         text.at(i + 1).isLetter())
                    broken.append(BreakHere); // a compound name: concurrency-|lab-|worker
                else if (i + 1 < text.size() && (c == QLatin1Char('+') || c == QLatin1Char('-')) &&
                         !text.at(i + 1).isSpace())
                    broken.append(KeepTogether);
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

void scaleImages(QTextDocument *document, qreal scale, qreal maxWidth, qreal maxHeight)
{
    // QTextDocument keeps an image's natural height when the HTML gives only a width (leaving a gap
    // under a shrunk diagram), and never scales images with the text.
    constexpr int BaseWidth = QTextFormat::UserProperty + 1;
    constexpr int BaseHeight = QTextFormat::UserProperty + 2;
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
        if (maxWidth > 0 && width > maxWidth) {
            height = height * maxWidth / width;
            width = maxWidth;
        }
        if (maxHeight > 0 && height > maxHeight) {
            width = width * maxHeight / height;
            height = maxHeight;
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

QList<Slide> slides(const QString &lessonHtml)
{
    static const QRegularExpression section(QStringLiteral("<section[^>]*>(.*?)</section>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression heading(QStringLiteral("<h([1-3])[^>]*>.*?</h\\1>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    // A diagram: an <img>, with the paragraph that centres it.
    static const QRegularExpression image(QStringLiteral("(?:<p[^>]*>\\s*)?(<img[^>]*>)(?:\\s*</p>)?"));

    QStringList parts;
    for (auto it = section.globalMatch(lessonHtml); it.hasNext();)
        parts.append(it.next().captured(1));
    if (parts.isEmpty()) {
        const QRegularExpressionMatch match = body.match(lessonHtml);
        parts.append(match.hasMatch() ? match.captured(1) : lessonHtml);
    }

    QList<Slide> result;
    for (QString part : std::as_const(parts)) {
        QString title;
        if (const QRegularExpressionMatch match = heading.match(part); match.hasMatch()) {
            title = match.captured(0);
            part.remove(match.capturedStart(0), match.capturedLength(0));
        }
        QStringList images;
        for (auto it = image.globalMatch(part); it.hasNext();)
            images.append(it.next().captured(1));
        QString text = part;
        text.remove(image);
        text = text.trimmed();
        Slide slide{title};
        if (images.isEmpty()) {
            slide.html += text;
        } else if (text.contains(QLatin1String("<table")) || text.isEmpty()) {
            // A table needs the width: the diagram goes below.
            slide.html += text + QStringLiteral("<p align=\"center\">") + images.join(QStringLiteral("<br>")) +
                          QStringLiteral("</p>");
        } else {
            // 16:9: the text on the left, its diagram beside it.
            slide.diagramBeside = true;
            // Concatenated, not arg(): the text may hold "%1".
            const QString diagram = QString::number(int(DiagramColumn * 100));
            const QString textColumn = QString::number(96 - int(DiagramColumn * 100));
            slide.html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"") +
                          textColumn + QStringLiteral("%\" valign=\"middle\">") + text +
                          QStringLiteral("</td><td width=\"4%\"></td><td width=\"") + diagram +
                          QStringLiteral("%\" align=\"center\" valign=\"middle\">") +
                          images.join(QStringLiteral("<br>")) + QStringLiteral("</td></tr></table>");
        }
        result.append(slide);
    }
    return result;
}

} // namespace Lab::Gui::LessonText
