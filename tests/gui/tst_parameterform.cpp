// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/parameterform.h"
#include "labtest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

using namespace Lab::Gui;

class TestParameterForm : public QObject
{
    Q_OBJECT
private slots:
    void setAndRead();
    void rejections_data();
    void rejections();
    void validateTextFields();
    void advancedRowsFold();
};

namespace {
void fill(ParameterForm &form)
{
    form.addInt(QStringLiteral("count"), QStringLiteral("Count"), 1, 1000, 10);
    form.addUInt64(QStringLiteral("max"), QStringLiteral("Max"), 0, std::numeric_limits<quint64>::max(), 5);
    form.addDouble(QStringLiteral("rate"), QStringLiteral("Rate"), 0, 1, 0.5);
    form.addFlag(QStringLiteral("mutex"), QStringLiteral("Mutex"), false);
    form.addChoice(QStringLiteral("algorithm"), QStringLiteral("Algorithm"),
                   {QStringLiteral("naive"), QStringLiteral("fast")}, QStringLiteral("naive"));
    form.addChoiceList(QStringLiteral("strategies"), QStringLiteral("Strategies"),
                       {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, {QStringLiteral("a")});
    form.addIntList(QStringLiteral("workers"), QStringLiteral("Workers"), 1, 64, {2});
}
} // namespace

void TestParameterForm::setAndRead()
{
    ParameterForm form;
    fill(form);
    QString error;
    QVERIFY(form.set(QStringLiteral("count"), QStringLiteral(" 200 "), &error));
    QCOMPARE(form.intValue(QStringLiteral("count")), 200);
    QCOMPARE(form.findChild<QSpinBox *>(QStringLiteral("param-count"))->value(), 200);
    QVERIFY(form.set(QStringLiteral("max"), QStringLiteral("18446744073709551615"), &error));
    QCOMPARE(form.uint64Value(QStringLiteral("max")), std::numeric_limits<quint64>::max());
    QVERIFY(form.set(QStringLiteral("rate"), QStringLiteral("0.25"), &error));
    QCOMPARE(form.doubleValue(QStringLiteral("rate")), 0.25);
    QVERIFY(form.set(QStringLiteral("mutex"), QStringLiteral("on"), &error));
    QVERIFY(form.flag(QStringLiteral("mutex")));
    QVERIFY(form.set(QStringLiteral("algorithm"), QStringLiteral("fast"), &error));
    QCOMPARE(form.choice(QStringLiteral("algorithm")), QStringLiteral("fast"));
    QVERIFY(form.set(QStringLiteral("strategies"), QStringLiteral("c,b"), &error));
    QCOMPARE(form.choiceList(QStringLiteral("strategies")), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
    QVERIFY(!form.findChild<QCheckBox *>(QStringLiteral("param-strategies-a"))->isChecked());
    QVERIFY(form.set(QStringLiteral("workers"), QStringLiteral("1, 2,4"), &error));
    QCOMPARE(form.intList(QStringLiteral("workers")), (QList<int>{1, 2, 4}));
    QCOMPARE(form.text(QStringLiteral("workers")), QStringLiteral("1,2,4"));
    QCOMPARE(form.keys().size(), 7);
}

void TestParameterForm::rejections_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("int low") << "count"
                             << "0"
                             << "count: must be an integer from 1 to 1000 (got \"0\")";
    QTest::newRow("int text") << "count"
                              << "many"
                              << "count: must be an integer from 1 to 1000 (got \"many\")";
    QTest::newRow("u64 past")
        << "max"
        << "18446744073709551616"
        << "max: must be an integer from 0 to 18446744073709551615 (got \"18446744073709551616\")";
    QTest::newRow("u64 negative") << "max"
                                  << "-1"
                                  << "max: must be an integer from 0 to 18446744073709551615 (got \"-1\")";
    QTest::newRow("double") << "rate"
                            << "2"
                            << "rate: must be a number from 0 to 1 (got \"2\")";
    QTest::newRow("flag") << "mutex"
                          << "maybe"
                          << "mutex: must be true or false (got \"maybe\")";
    QTest::newRow("choice") << "algorithm"
                            << "quantum"
                            << "algorithm: must be one of naive, fast (got \"quantum\")";
    QTest::newRow("list unknown") << "strategies"
                                  << "a,z"
                                  << "strategies: must be a comma-separated list of a, b, c (got \"a,z\")";
    QTest::newRow("list empty") << "strategies"
                                << ""
                                << "strategies: must be a comma-separated list of a, b, c (got \"\")";
    QTest::newRow("list duplicate") << "strategies"
                                    << "a,a"
                                    << "strategies: must be a comma-separated list of a, b, c (got \"a,a\")";
    QTest::newRow("int list") << "workers"
                              << "1,0"
                              << "workers: must be a comma-separated list of integers from 1 to 64 (got \"1,0\")";
    QTest::newRow("unknown")
        << "bogus"
        << "1"
        << "bogus: unknown setting (known: count, max, rate, mutex, algorithm, strategies, workers)";
}

void TestParameterForm::rejections()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, message);
    ParameterForm form;
    fill(form);
    const QString before = form.text(key);
    QString error;
    QVERIFY(!form.set(key, value, &error));
    QCOMPARE(error, message);
    QCOMPARE(form.text(key), before); // nothing changed
}

void TestParameterForm::validateTextFields()
{
    ParameterForm form;
    fill(form);
    QString error;
    QVERIFY(form.validate(&error));
    form.findChild<QLineEdit *>(QStringLiteral("param-workers"))->setText(QStringLiteral("2,x"));
    QVERIFY(!form.validate(&error));
    QVERIFY(error.startsWith(QStringLiteral("workers: must be")));
    form.setLocked(true);
    QVERIFY(!form.findChild<QComboBox *>(QStringLiteral("param-algorithm"))->isEnabled());
}

void TestParameterForm::advancedRowsFold()
{
    ParameterForm form;
    fill(form);
    form.show();
    QCheckBox *more = form.setAdvanced({QStringLiteral("rate"), QStringLiteral("workers")});
    QCOMPARE(form.advancedToggle(), more);
    QVERIFY(!more->isChecked());
    QVERIFY(!form.editor(QStringLiteral("rate"))->isVisible());
    QVERIFY(form.editor(QStringLiteral("count"))->isVisible());
    more->setChecked(true);
    QVERIFY(form.editor(QStringLiteral("rate"))->isVisible());
    QVERIFY(form.editor(QStringLiteral("workers"))->isVisible());
    // Folded rows still take --set values.
    more->setChecked(false);
    QString error;
    QVERIFY(form.set(QStringLiteral("rate"), QStringLiteral("0.75"), &error));
    QCOMPARE(form.doubleValue(QStringLiteral("rate")), 0.75);
}

LAB_TEST_MAIN(TestParameterForm)
#include "tst_parameterform.moc"
