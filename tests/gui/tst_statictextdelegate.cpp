// SPDX-License-Identifier: GPL-3.0-or-later
// StaticTextDelegate: the monitor's cells painted from cached laid-out text. Each cell's text must
// land where the style puts it (left, right, elided), in the item's colour, so that the table looks
// the same as with Qt's own delegate, only cheaper to paint.
#include "gui/monitor/statictextdelegate.h"
#include "labtest.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTreeView>

using Lab::Gui::StaticTextDelegate;

namespace {

// The box around the pixels of a cell that differ from the cell's background: where its text went.
QRect delegateInkBox(const QImage &image, const QRect &cell)
{
    const QRgb background = image.pixel(cell.left() + 1, cell.bottom() - 1);
    QRect box;
    for (int y = cell.top(); y <= cell.bottom(); ++y) {
        for (int x = cell.left(); x <= cell.right(); ++x) {
            if (image.pixel(x, y) != background)
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

bool hasReddishInk(const QImage &image, const QRect &area)
{
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qRed(pixel) > 120 && qGreen(pixel) < 80 && qBlue(pixel) < 80)
                return true;
        }
    }
    return false;
}

} // namespace

class TestStaticTextDelegate : public QObject
{
    Q_OBJECT
private slots:
    void textLandsWhereTheStylePutsIt();
};

void TestStaticTextDelegate::textLandsWhereTheStylePutsIt()
{
    QStandardItemModel model(2, 3);
    model.setItem(0, 0, new QStandardItem(QStringLiteral("factor-1")));
    auto *cpu = new QStandardItem(QStringLiteral("42.0"));
    cpu->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    model.setItem(0, 1, cpu);
    model.setItem(0, 2, new QStandardItem(QStringLiteral("S: sleeping (interruptible), waiting for an event")));
    auto *red = new QStandardItem(QStringLiteral("Blocked"));
    red->setForeground(QColor(200, 0, 0));
    model.setItem(1, 0, red);

    QTreeView view;
    view.setModel(&model);
    view.setRootIsDecorated(false);
    view.header()->resizeSection(0, 160);
    view.header()->resizeSection(1, 90);
    view.header()->resizeSection(2, 150); // too narrow: elided
    view.resize(500, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const auto grab = [&view] {
        view.viewport()->update();
        QTest::qWait(20);
        return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    };
    const QImage qtPainted = grab();
    auto *delegate = new StaticTextDelegate(&view);
    view.setItemDelegate(delegate);
    const QImage cached = grab();
    QCOMPARE(cached.size(), qtPainted.size());

    for (const QModelIndex &index : {model.index(0, 0), model.index(0, 1), model.index(0, 2), model.index(1, 0)}) {
        const QRect cell = view.visualRect(index);
        const QRect expected = delegateInkBox(qtPainted, cell);
        const QRect actual = delegateInkBox(cached, cell);
        QVERIFY2(!expected.isEmpty() && !actual.isEmpty(), qPrintable(index.data().toString()));
        // Within a pixel of the style's text: the same place, alignment and (elided) length.
        const auto near = [](int a, int b) { return std::abs(a - b) <= 1; };
        QVERIFY2(near(actual.left(), expected.left()) && near(actual.right(), expected.right()) &&
                     near(actual.top(), expected.top()) && near(actual.bottom(), expected.bottom()),
                 qPrintable(QStringLiteral("%1: %2,%3 %4x%5, the style's %6,%7 %8x%9")
                                .arg(index.data().toString())
                                .arg(actual.x())
                                .arg(actual.y())
                                .arg(actual.width())
                                .arg(actual.height())
                                .arg(expected.x())
                                .arg(expected.y())
                                .arg(expected.width())
                                .arg(expected.height())));
    }
    // The item's own colour.
    QVERIFY(hasReddishInk(qtPainted, view.visualRect(model.index(1, 0))));
    QVERIFY(hasReddishInk(cached, view.visualRect(model.index(1, 0))));
    QVERIFY(!hasReddishInk(cached, view.visualRect(model.index(0, 0))));
}

LAB_TEST_MAIN(TestStaticTextDelegate)
#include "tst_statictextdelegate.moc"
