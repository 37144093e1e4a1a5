// SPDX-License-Identifier: GPL-3.0-or-later
// Every experiment declared with a core schema: its panel controls (ParameterForm::addSchema) and its
// headless command accept and refuse the same values, with the same words.
#include "core/cli/command.h"
#include "core/cli/optionreader.h"
#include "gui/panels/parameterform.h"
#include "labtest.h"

#include <QCommandLineParser>

using namespace Lab::Core;
using Lab::Gui::ParameterForm;

class TestParameterParity : public QObject
{
    Q_OBJECT
private slots:
    void sameVerdicts();
    void labelsAndFolding();

private:
    static QStringList candidates(const ParameterSpec &spec);
};

QStringList TestParameterParity::candidates(const ParameterSpec &spec)
{
    using Kind = ParameterSpec::Kind;
    const QString x = QStringLiteral("x");
    switch (spec.kind) {
    case Kind::Int:
        return {QString::number(spec.min - 1),
                QString::number(spec.min),
                QString::number(spec.max),
                QString::number(spec.max + 1),
                x,
                QStringLiteral(" %1 ").arg(spec.min),
                spec.defaultValue};
    case Kind::UInt64:
        return {QString::number(spec.umin), QString::number(spec.umax), QStringLiteral("-1"), x, spec.defaultValue};
    case Kind::Double:
        return {QString::number(spec.dmin - 1), QString::number(spec.dmin), QString::number(spec.dmax),
                QString::number(spec.dmax + 1), QStringLiteral("nan"),      x};
    case Kind::Flag:
        return {QStringLiteral("true"), QStringLiteral("off"), QStringLiteral("maybe")};
    case Kind::Choice:
        return spec.choices + QStringList{x, QString()};
    case Kind::ChoiceList: {
        const QString first = spec.choices.value(0);
        return {first,
                spec.choices.join(QLatin1Char(',')),
                first + QLatin1Char(',') + first,
                x,
                QString(),
                first + QStringLiteral(",,") + spec.choices.value(1)};
    }
    case Kind::IntList:
        return {QString::number(spec.min),
                QStringLiteral("%1,%1").arg(spec.min),
                QString::number(spec.max + 1),
                QStringLiteral("1,x"),
                QString(),
                spec.defaultValue};
    case Kind::Text:
        return {QString(), x, QStringLiteral("a;b"), QStringLiteral(" x "), spec.defaultValue};
    }
    return {};
}

void TestParameterParity::sameVerdicts()
{
    const QList<ExperimentSchema> experiments = experimentSchemas();
    QVERIFY(!experiments.isEmpty());
    for (const ExperimentSchema &experiment : experiments) {
        for (const ParameterSpec &spec : experiment.schema->specs()) {
            for (const QString &text : candidates(spec)) {
                const QString what = QStringLiteral("%1 --%2 \"%3\"").arg(experiment.command, spec.key, text);
                ParameterForm form;
                form.addSchema(*experiment.schema);
                QString formError;
                const bool formAccepts = form.set(spec.key, text, &formError);

                QCommandLineParser parser;
                experiment.schema->addOptions(parser);
                OptionReader reader(parser, experiment.command);
                ParameterValues values;
                QVERIFY2(reader.parse({QStringLiteral("--") + spec.key, text}), qPrintable(what));
                const bool cliAccepts = reader.read(*experiment.schema, &values);

                QVERIFY2(formAccepts == cliAccepts, qPrintable(what));
                if (formAccepts) {
                    // The same typed value either way.
                    QCOMPARE(form.values().value(spec.key), values.value(spec.key));
                    continue;
                }
                const QString formProblem = formError.mid(spec.key.size() + 2);
                const QString cliProblem = reader.error().mid(spec.key.size() + 4);
                QVERIFY2(formError.startsWith(spec.key + QStringLiteral(": ")), qPrintable(formError));
                QVERIFY2(reader.error().startsWith(QStringLiteral("--") + spec.key + QStringLiteral(": ")),
                         qPrintable(reader.error()));
                QCOMPARE(formProblem, cliProblem);
            }
        }
    }
}

void TestParameterParity::labelsAndFolding()
{
    for (const ExperimentSchema &experiment : experimentSchemas()) {
        ParameterForm form;
        form.addSchema(*experiment.schema);
        QCOMPARE(form.keys(), experiment.schema->keys());
        for (const ParameterSpec &spec : experiment.schema->specs()) {
            QVERIFY2(spec.labelText && spec.helpText, qPrintable(spec.key)); // every parameter is explained
            QCOMPARE(form.editor(spec.key)->toolTip(), spec.help());
            // Folded parameters start hidden behind the "more settings" box.
            QCOMPARE(form.editor(spec.key)->isHidden(), spec.advanced);
        }
        // The defaults are the schema's.
        const ParameterValues defaults = experiment.schema->defaults();
        for (const QString &key : experiment.schema->keys())
            QCOMPARE(form.values().value(key), defaults.value(key));
    }
}

LAB_TEST_MAIN(TestParameterParity)
#include "tst_parameterparity.moc"
