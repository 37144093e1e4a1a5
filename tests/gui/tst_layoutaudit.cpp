// SPDX-License-Identifier: GPL-3.0-or-later
// The layout audit (--layout-report) finds each kind of problem a lecture hall would see, planted
// one at a time in a real window, and finds none in a window where everything fits.
#include "gui/layoutaudit.h"
#include "labtest.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Lab::Gui;

namespace {

QStringList kinds(QWidget *window)
{
    QStringList found;
    for (const LayoutProblem &problem : auditLayout(window))
        found.append(problem.kind);
    return found;
}

// A fixed-size window with one child laid out to fill it.
struct Window
{
    QWidget widget;
    QVBoxLayout *layout = new QVBoxLayout(&widget);
    explicit Window(QSize size = {300, 200}) { widget.setFixedSize(size); }
    bool show()
    {
        widget.show();
        return QTest::qWaitForWindowExposed(&widget);
    }
};

} // namespace

class TestLayoutAudit : public QObject
{
    Q_OBJECT
private slots:
    void nothingWhenEverythingFits()
    {
        Window window;
        auto *label = new QLabel(QStringLiteral("Short and wrapped text that fits."));
        label->setWordWrap(true);
        window.layout->addWidget(label);
        window.layout->addWidget(new QPushButton(QStringLiteral("Run")));
        QVERIFY(window.show());
        QCOMPARE(kinds(&window.widget), QStringList());
    }

    void horizontalScrollBar()
    {
        Window window;
        auto *area = new QScrollArea;
        auto *wide = new QWidget;
        wide->setMinimumWidth(900);
        area->setWidget(wide);
        area->setWidgetResizable(true);
        window.layout->addWidget(area);
        QVERIFY(window.show());
        QVERIFY(kinds(&window.widget).contains(QStringLiteral("horizontal-scroll-bar")));
    }

    void labelCutAndWordBroken()
    {
        Window window({200, 200});
        auto *cut = new QLabel(QStringLiteral("A sentence far too long to fit into two hundred pixels"));
        cut->setMinimumWidth(1);
        cut->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        auto *broken = new QLabel(QStringLiteral("Computing with Supercalifragilisticexpialidociousnesses"));
        broken->setWordWrap(true);
        broken->setObjectName(QStringLiteral("heading"));
        window.layout->addWidget(cut);
        window.layout->addWidget(broken);
        QVERIFY(window.show());
        const QList<LayoutProblem> problems = auditLayout(&window.widget);
        QStringList found;
        for (const LayoutProblem &problem : problems)
            found.append(problem.kind + QLatin1Char(' ') + problem.widget);
        QVERIFY2(found.contains(QStringLiteral("label-cut QLabel")), qPrintable(found.join(QLatin1Char(','))));
        QVERIFY2(found.contains(QStringLiteral("word-broken QLabel#heading")),
                 qPrintable(found.join(QLatin1Char(','))));
    }

    void wordBrokenInATextView()
    {
        Window window({220, 300});
        auto *browser = new QTextBrowser;
        browser->setHtml(QStringLiteral("<h1>Computing with many processes: Supercalifragilisticexpialidocious</h1>"));
        window.layout->addWidget(browser);
        QVERIFY(window.show());
        QVERIFY(kinds(&window.widget).contains(QStringLiteral("word-broken")));
    }

    void buttonAndTabsCut()
    {
        Window window({260, 200});
        auto *tabs = new QTabWidget;
        for (const char *title : {"Condition: publisher", "Event: traffic light", "Barrier: phases", "Code"})
            tabs->addTab(new QWidget, QString::fromLatin1(title));
        auto *button =
            new QPushButton(QStringLiteral("Release one permit too many, then one more, and yet another one, please"));
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        window.layout->addWidget(tabs);
        window.layout->addWidget(button);
        QVERIFY(window.show());
        const QStringList found = kinds(&window.widget);
        QVERIFY2(found.contains(QStringLiteral("tabs-cut")), qPrintable(found.join(QLatin1Char(','))));
        QVERIFY2(found.contains(QStringLiteral("button-cut")), qPrintable(found.join(QLatin1Char(','))));
    }

    // A combo box at its own size hint shows its whole text; one squeezed below it cuts it. A list
    // that never elides its titles (the topic list) cuts a title longer than its row.
    void comboAndListItemCut()
    {
        Window window({300, 300});
        auto *fits = new QComboBox;
        fits->setObjectName(QStringLiteral("fits"));
        fits->addItem(QStringLiteral("This run"));
        auto *fitsRow = new QHBoxLayout;
        fitsRow->addWidget(fits);
        fitsRow->addStretch(1);
        auto *cut = new QComboBox;
        cut->setObjectName(QStringLiteral("cut"));
        cut->addItem(QStringLiteral("A choice with a name far too long for three hundred pixels"));
        cut->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        auto *list = new QTreeWidget;
        list->setHeaderHidden(true);
        list->setTextElideMode(Qt::ElideNone);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        new QTreeWidgetItem(list, {QStringLiteral("A topic title much longer than the list is wide")});
        new QTreeWidgetItem(list, {QStringLiteral("Short")});
        window.layout->addLayout(fitsRow);
        window.layout->addWidget(cut);
        window.layout->addWidget(list);
        QVERIFY(window.show());
        QStringList found;
        for (const LayoutProblem &problem : auditLayout(&window.widget))
            found.append(problem.kind + QLatin1Char(' ') + problem.widget + QLatin1Char(' ') + problem.detail);
        const QString all = found.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("combo-cut QComboBox#cut")), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("QComboBox#fits")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("item-cut QTreeWidget \"A topic title")), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("\"Short\"")), qPrintable(all));
    }

    void outsideTheWindow()
    {
        Window window;
        auto *stray = new QLabel(QStringLiteral("off"), &window.widget);
        stray->setGeometry(280, 150, 100, 100); // reaches past the right and bottom edges
        QVERIFY(window.show());
        QVERIFY(kinds(&window.widget).contains(QStringLiteral("outside-window")));
    }
};

LAB_TEST_MAIN(TestLayoutAudit)
#include "tst_layoutaudit.moc"
