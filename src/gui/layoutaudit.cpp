// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutaudit.h"

#include "framequeue.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeView>
#include <QValueAxis>

namespace Lab::Gui {

namespace {

// Text of a label as it is drawn (rich text without its markup).
QString plainText(const QLabel *label)
{
    if (label->textFormat() == Qt::PlainText ||
        (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text())))
        return label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

QString describe(const QWidget *widget, const QWidget *window)
{
    QStringList parts;
    for (const QWidget *w = widget; w && w != window && parts.size() < 3; w = w->parentWidget()) {
        const QString name = w->objectName();
        const QString cls = QString::fromLatin1(w->metaObject()->className()).section(QStringLiteral("::"), -1);
        parts.prepend(name.isEmpty() || name.startsWith(QLatin1String("qt_")) ? cls : cls + QLatin1Char('#') + name);
    }
    return parts.join(QLatin1Char('/'));
}

bool insideScrollArea(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(w))
            return true;
    }
    return false;
}

QString shortened(const QString &text)
{
    const QString oneLine = text.simplified();
    return oneLine.size() > 80 ? oneLine.left(77) + QStringLiteral("...") : oneLine;
}

class Auditor
{
public:
    explicit Auditor(QWidget *window)
        : m_window(window)
    {}

    QList<LayoutProblem> run()
    {
        for (QWidget *widget : m_window->findChildren<QWidget *>()) {
            if (!widget->isVisible() || widget->visibleRegion().isEmpty())
                continue;
            check(widget);
        }
        return m_problems;
    }

private:
    void add(const QWidget *widget, const char *kind, const QString &detail)
    {
        m_problems.append({describe(widget, m_window), QString::fromLatin1(kind), detail});
    }

    void check(QWidget *widget)
    {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(widget); area && area->horizontalScrollBar()->isVisible())
            add(widget, "horizontal-scroll-bar",
                QStringLiteral("content %1 px in a %2 px view%3")
                    .arg(area->horizontalScrollBar()->maximum() + area->viewport()->width())
                    .arg(area->viewport()->width())
                    .arg(widestPart(area)));
        if (auto *label = qobject_cast<QLabel *>(widget))
            checkLabel(label);
        else if (auto *browser = qobject_cast<QTextBrowser *>(widget))
            checkDocument(browser, browser->document());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget);
                 button && !qobject_cast<QTabBar *>(widget->parentWidget()))
            checkButton(button);
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            checkCombo(combo);
        else if (auto *tabs = qobject_cast<QTabBar *>(widget))
            checkTabs(tabs);
        else if (auto *header = qobject_cast<QHeaderView *>(widget))
            checkHeader(header);
        else if (auto *chart = qobject_cast<QChartView *>(widget))
            checkChart(chart);
        if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            checkItems(view);
        const QRect inWindow(widget->mapTo(m_window, QPoint(0, 0)), widget->size());
        if (!m_window->rect().contains(inWindow) && !insideScrollArea(widget) && widget->isWindow() == false)
            add(widget, "outside-window",
                QStringLiteral("%1,%2 %3x%4 in a %5x%6 window")
                    .arg(inWindow.x())
                    .arg(inWindow.y())
                    .arg(inWindow.width())
                    .arg(inWindow.height())
                    .arg(m_window->width())
                    .arg(m_window->height()));
    }

    // In a scroll area: the part that reaches furthest right by its minimum width (what to fix).
    QString widestPart(QAbstractScrollArea *area) const
    {
        auto *scroll = qobject_cast<QScrollArea *>(area);
        QWidget *content = scroll ? scroll->widget() : nullptr;
        if (!content)
            return {};
        const int room = area->viewport()->width();
        const auto reachOf = [content](const QWidget *child) {
            return child->mapTo(content, QPoint(0, 0)).x() +
                   std::max(child->minimumWidth(), child->minimumSizeHint().width());
        };
        const QWidget *widest = nullptr;
        int reach = room;
        QStringList leaves; // the innermost parts that reach past the view: what to make narrower
        for (QWidget *child : content->findChildren<QWidget *>()) {
            if (!child->isVisibleTo(content))
                continue;
            const int right = reachOf(child);
            if (right > reach) {
                reach = right;
                widest = child;
            }
            if (right > room && leaves.size() < 3) {
                const QList<QWidget *> inner = child->findChildren<QWidget *>();
                if (std::none_of(inner.cbegin(), inner.cend(),
                                 [&](const QWidget *w) { return w->isVisibleTo(content) && reachOf(w) > room; }))
                    leaves.append(QStringLiteral("%1 (%2 px)").arg(describe(child, m_window)).arg(right));
            }
        }
        if (!widest)
            return {};
        return QStringLiteral("; widest: %1 (reaches %2 px)").arg(describe(widest, m_window)).arg(reach) +
               (leaves.isEmpty() ? QString() : QStringLiteral("; inside: ") + leaves.join(QStringLiteral(", ")));
    }

    void checkLabel(QLabel *label)
    {
        const QString text = plainText(label);
        if (text.trimmed().isEmpty() || !label->pixmap().isNull())
            return;
        const QFontMetrics metrics(label->font());
        const int room =
            label->contentsRect().width() - 2 * label->margin() - 2 * label->indent() * (label->indent() > 0);
        if (!label->wordWrap()) {
            int widest = 0;
            for (const QString &line : text.split(QLatin1Char('\n')))
                widest = std::max(widest, metrics.horizontalAdvance(line));
            if (widest > room + 1)
                add(label, "label-cut",
                    QStringLiteral("\"%1\": %2 px in %3 px").arg(shortened(text)).arg(widest).arg(room));
            return;
        }
        // A zero-width space is a break opportunity too (paths and identifiers carry them).
        for (const QString &word :
             text.split(QRegularExpression(QStringLiteral("[\\s\\x{200B}]+")), Qt::SkipEmptyParts)) {
            const int width = metrics.horizontalAdvance(word);
            if (width > room + 1) {
                add(label, "word-broken", QStringLiteral("\"%1\": %2 px in %3 px").arg(word).arg(width).arg(room));
                break;
            }
        }
        if (label->heightForWidth(label->width()) > label->height() + 1)
            add(label, "label-cut",
                QStringLiteral("\"%1\": needs %2 px of height, has %3")
                    .arg(shortened(text))
                    .arg(label->heightForWidth(label->width()))
                    .arg(label->height()));
    }

    // A line of a wrapped text view that ends inside a word: the word was broken to fit.
    void checkDocument(QWidget *view, QTextDocument *document)
    {
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            const QTextLayout *layout = block.layout();
            const QString text = block.text();
            for (int i = 0; layout && i + 1 < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                const int end = line.textStart() + line.textLength();
                if (end <= 0 || end >= text.size())
                    continue;
                if (text.at(end - 1).isLetterOrNumber() && text.at(end).isLetterOrNumber()) {
                    const int from = int(text.lastIndexOf(QLatin1Char(' '), end - 1)) + 1;
                    const int to = int(text.indexOf(QLatin1Char(' '), end));
                    add(view, "word-broken",
                        QStringLiteral("\"%1\" broken after \"%2\"")
                            .arg(text.mid(from, to < 0 ? -1 : to - from), text.mid(from, end - from)));
                    return; // one per view is enough to find it
                }
            }
        }
    }

    // Also a button laid out with an ignored width (a summary line): its text must still fit.
    void checkButton(QAbstractButton *button)
    {
        if (button->text().isEmpty())
            return;
        const int needed = button->sizeHint().width();
        if (needed > button->width() + 1)
            add(button, "button-cut",
                QStringLiteral("\"%1\": %2 px in %3 px")
                    .arg(shortened(button->text()))
                    .arg(needed)
                    .arg(button->width()));
    }

    // The current text against the field the style draws it in (the box less its frame and arrow).
    // The items of a list that promises whole titles (it wraps them or never elides them, as the
    // topic list does): each title must fit its row, wrapped between words when it wraps. Tables
    // that elide by design (the monitor's, results) promise neither and are not checked.
    void checkItems(QAbstractItemView *view)
    {
        const bool wraps = view->property("wordWrap").toBool();
        if (!wraps && view->textElideMode() != Qt::ElideNone)
            return;
        QAbstractItemModel *model = view->model();
        auto *tree = qobject_cast<QTreeView *>(view);
        if (!model || !tree)
            return; // lists and tables: not used with these promises in the lab
        const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        for (QModelIndex index = tree->indexAt(QPoint(1, 1)); index.isValid(); index = tree->indexBelow(index)) {
            const QRect rect = tree->visualRect(index);
            if (rect.top() >= view->viewport()->height())
                break;
            const QString text = index.data(Qt::DisplayRole).toString();
            if (text.isEmpty())
                continue;
            QStyleOptionViewItem option;
            option.initFrom(view->viewport());
            option.rect = rect;
            option.text = text;
            option.font = index.data(Qt::FontRole).isValid() ? index.data(Qt::FontRole).value<QFont>() : view->font();
            option.fontMetrics = QFontMetrics(option.font);
            option.features = wraps ? QStyleOptionViewItem::WrapText : QStyleOptionViewItem::None;
            option.features |= QStyleOptionViewItem::HasDisplay;
            const QRect textRect = view->style()->subElementRect(QStyle::SE_ItemViewItemText, &option, view);
            const int room = textRect.width() - 2 * margin;
            const QFontMetrics &metrics = option.fontMetrics;
            if (!wraps) {
                if (metrics.horizontalAdvance(text) > room)
                    add(view, "item-cut",
                        QStringLiteral("\"%1\": %2 px in %3 px")
                            .arg(text)
                            .arg(metrics.horizontalAdvance(text))
                            .arg(room));
                continue;
            }
            for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (metrics.horizontalAdvance(word) > room) {
                    add(view, "word-broken",
                        QStringLiteral("\"%1\": %2 px in %3 px")
                            .arg(word)
                            .arg(metrics.horizontalAdvance(word))
                            .arg(room));
                    break;
                }
            }
            const int height = metrics.boundingRect(QRect(0, 0, room, 100000), Qt::TextWordWrap, text).height();
            if (height > textRect.height())
                add(view, "item-cut",
                    QStringLiteral("\"%1\": needs %2 px of height, has %3")
                        .arg(text)
                        .arg(height)
                        .arg(textRect.height()));
        }
    }

    void checkCombo(QComboBox *combo)
    {
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        option.frame = combo->hasFrame();
        option.currentText = combo->currentText();
        option.currentIcon = combo->itemIcon(combo->currentIndex());
        option.iconSize = combo->iconSize();
        const QRect field =
            combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
        const int icon = option.currentIcon.isNull() ? 0 : option.iconSize.width() + 4;
        const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText()) + icon + 2;
        if (needed > field.width())
            add(combo, "combo-cut",
                QStringLiteral("\"%1\": %2 px in a %3 px field")
                    .arg(combo->currentText())
                    .arg(needed)
                    .arg(field.width()));
    }

    void checkTabs(QTabBar *tabs)
    {
        if (tabs->count() == 0)
            return;
        const QRect last = tabs->tabRect(tabs->count() - 1);
        const QRect first = tabs->tabRect(0);
        if (first.left() < 0 || last.right() > tabs->width())
            add(tabs, "tabs-cut",
                QStringLiteral("%1 tabs need %2 px, the bar has %3")
                    .arg(tabs->count())
                    .arg(last.right() - first.left())
                    .arg(tabs->width()));
    }

    void checkHeader(QHeaderView *header)
    {
        const QAbstractItemModel *model = header->model();
        if (!model)
            return;
        const QFontMetrics metrics(header->font());
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString title = model->headerData(section, header->orientation()).toString();
            const int needed = metrics.horizontalAdvance(title) + 2 * metrics.averageCharWidth();
            const int position = header->sectionViewportPosition(section);
            if (title.isEmpty() || position >= header->viewport()->width())
                continue;
            if (needed > header->sectionSize(section))
                add(header, "header-cut",
                    QStringLiteral("\"%1\": %2 px in %3 px").arg(title).arg(needed).arg(header->sectionSize(section)));
        }
    }

    void checkChart(QChartView *view)
    {
        QChart *chart = view->chart();
        if (!chart)
            return;
        const QRectF plot = chart->plotArea();
        for (QAbstractAxis *axis : chart->axes()) {
            if (!axis->isVisible())
                continue;
            const bool vertical = axis->orientation() == Qt::Vertical;
            const QFontMetricsF titleMetrics(axis->titleFont());
            const qreal room = vertical ? plot.height() : plot.width();
            if (axis->isTitleVisible() && !axis->titleText().isEmpty() &&
                titleMetrics.horizontalAdvance(axis->titleText()) > room)
                add(view, "axis-title-cut",
                    QStringLiteral("\"%1\": %2 px in %3 px")
                        .arg(axis->titleText())
                        .arg(qRound(titleMetrics.horizontalAdvance(axis->titleText())))
                        .arg(qRound(room)));
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis); categories && categories->count() > 0) {
                const QFontMetricsF labelMetrics(categories->labelsFont());
                const qreal each = vertical ? plot.height() / categories->count() : plot.width() / categories->count();
                for (const QString &category : categories->categories()) {
                    const qreal needed = vertical ? labelMetrics.height() : labelMetrics.horizontalAdvance(category);
                    if (!vertical && needed > each) {
                        add(view, "axis-label-cut",
                            QStringLiteral("\"%1\": %2 px in %3 px")
                                .arg(category)
                                .arg(qRound(needed))
                                .arg(qRound(each)));
                        break;
                    }
                }
            }
        }
    }

    QWidget *m_window;
    QList<LayoutProblem> m_problems;
};

} // namespace

QList<LayoutProblem> auditLayout(QWidget *window)
{
    FrameQueue::instance()->flush(); // charts and labels waiting for their turn
    return Auditor(window).run();
}

QJsonObject layoutReport(QWidget *window, const QString &topic, bool present)
{
    QJsonArray problems;
    for (const LayoutProblem &problem : auditLayout(window))
        problems.append(QJsonObject{{QStringLiteral("widget"), problem.widget},
                                    {QStringLiteral("kind"), problem.kind},
                                    {QStringLiteral("detail"), problem.detail}});
    const QSize screen = window->screen() ? window->screen()->size() : window->size();
    return {
        {QStringLiteral("topic"), topic},
        {QStringLiteral("present"), present},
        {QStringLiteral("screen"), QJsonArray{screen.width(), screen.height()}},
        {QStringLiteral("window"), QJsonArray{window->width(), window->height()}},
        {QStringLiteral("problems"), problems},
    };
}

} // namespace Lab::Gui
