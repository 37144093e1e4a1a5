// SPDX-License-Identifier: GPL-3.0-or-later
// Everything shown follows a language switch made while the lab runs: every topic page is opened in
// English (two of them with a real run's results, charts, status and history), the language is
// switched to German, and then every visible text of every page is checked against the German
// catalogue: no text may still be an English source string that has a German translation.
#include "gui/charts/chartview.h"
#include "gui/history/historymodel.h"
#include "gui/mainwindow.h"
#include "gui/monitor/monitorwidget.h"
#include "gui/monitor/statepalette.h"
#include "gui/panels/experimentpanel.h"
#include "gui/topics/topicpage.h"
#include "gui/topics/topicregistry.h"
#include "labtest.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

using namespace Lab::Gui;

namespace {

// The English sources the German catalogue translates differently: exact lines, and lines made
// from a source with placeholders (%1, %n) as patterns.
struct Catalogue
{
    QSet<QString> exact;
    struct Pattern
    {
        QString source;
        QString longestLiteral; // a cheap test before the expression
        QRegularExpression expression;
    };
    QList<Pattern> patterns;

    // The English source `line` was made from, or an empty string.
    QString englishSource(const QString &line) const
    {
        if (exact.contains(line))
            return line;
        for (const Pattern &pattern : patterns) {
            if (line.contains(pattern.longestLiteral) && pattern.expression.match(line).hasMatch())
                return pattern.source;
        }
        return {};
    }
};

QString plain(const QString &text)
{
    QString out = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    out.remove(QRegularExpression(QStringLiteral("&(?=[^&\\s])"))); // mnemonics
    return out;
}

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return catalogue;
    QXmlStreamReader xml(&file);
    QString source;
    QStringList translations;
    auto finish = [&] {
        const QString english = plain(source).trimmed();
        bool differs = false;
        for (const QString &translation : std::as_const(translations))
            differs = differs || (!translation.isEmpty() && plain(translation).trimmed() != english);
        // Placeholder-only sources ("%1: %2") say nothing in either language.
        QString letters = english;
        letters.remove(QRegularExpression(QStringLiteral("%[0-9n]")));
        if (!differs || english.contains(QLatin1Char('\n')) ||
            !letters.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2}"))))
            return;
        if (!english.contains(QRegularExpression(QStringLiteral("%[0-9n]")))) {
            catalogue.exact.insert(english);
            return;
        }
        QString expression;
        QString longest;
        const QStringList pieces = english.split(QRegularExpression(QStringLiteral("%[0-9n]")));
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (i > 0)
                expression += QStringLiteral(".+?");
            expression += QRegularExpression::escape(pieces.at(i));
            if (pieces.at(i).size() > longest.size())
                longest = pieces.at(i);
        }
        if (longest.trimmed().size() < 4)
            return; // "%1 s", "%1×": too little English to tell
        catalogue.patterns.append({english, longest,
                                   QRegularExpression(QLatin1Char('^') + expression + QLatin1Char('$'),
                                                      QRegularExpression::DotMatchesEverythingOption)});
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            source.clear();
            translations.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() &&
                   (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform"))) {
            if (xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished") ||
                xml.attributes().value(QLatin1String("type")) == QLatin1String("obsolete"))
                continue;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.trimmed().isEmpty())
                translations.append(text);
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            finish();
        }
    }
    return catalogue;
}

bool visible(const QWidget *widget, const QWidget *top)
{
    return widget->isVisibleTo(top) && widget->isVisible();
}

// Every text a person sees in `top`, as "where: text" pairs.
QList<std::pair<QString, QString>> visibleTexts(QWidget *top)
{
    QList<std::pair<QString, QString>> texts;
    auto add = [&texts](const QObject *where, const QString &text) {
        const QString name =
            where->objectName().isEmpty() ? QString::fromLatin1(where->metaObject()->className()) : where->objectName();
        for (const QString &line : plain(text).split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                texts.append({name, line.trimmed()});
        }
    };
    const QList<QWidget *> widgets = top->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!visible(widget, top))
            continue;
        // A parameter's choices are the headless command's values ("none", "free"), the same words
        // the lessons use in both languages (`protection = lock`); its label is checked.
        const bool parameterChoices = widget->objectName().startsWith(QLatin1String("param-")) &&
                                      (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget));
        if (parameterChoices)
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(label, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button, button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(group, group->title());
        else if (auto *bar = qobject_cast<QProgressBar *>(widget))
            add(bar, bar->text());
        if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs, tabs->tabText(i));
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo, combo->itemText(i));
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int column = 0; column < model->columnCount(); ++column)
                add(view, model->headerData(column, Qt::Horizontal).toString());
            for (int row = 0; row < std::min(model->rowCount(), 30); ++row) {
                for (int column = 0; column < model->columnCount(); ++column)
                    add(view, model->index(row, column).data().toString());
            }
        } else if (auto *chart = qobject_cast<ChartView *>(widget)) {
            const ChartSpec &spec = chart->spec();
            add(chart, spec.title);
            add(chart, spec.xAxis.title);
            add(chart, spec.yAxis.title);
            add(chart, spec.emptyMessage);
            for (const QString &category : spec.categories)
                add(chart, category);
            for (const ChartBar &bar : spec.bars)
                add(chart, bar.valueLabel);
            for (const ChartSeries &series : spec.series)
                add(chart, series.name);
            for (const ChartMarker &marker : spec.markers)
                add(chart, marker.label);
        }
    }
    return texts;
}

// Runs the current page's experiment with `settings` and waits for it to finish.
bool runExperiment(MainWindow *window, const QList<std::pair<QString, QString>> &settings)
{
    auto *panel = qobject_cast<ExperimentPanel *>(window->currentPage()->experiment());
    if (!panel)
        return false;
    for (const auto &[key, value] : settings) {
        QString error;
        if (!panel->setParameter(key, value, &error)) {
            qWarning() << error;
            return false;
        }
    }
    QSignalSpy finished(panel, &Experiment::runFinished);
    panel->start();
    return finished.wait(120000);
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_catalogue = readCatalogue(QStringLiteral(LAB_TEST_DATA_DIR "/../../translations/concurrency-lab_de.ts"));
        QVERIFY2(m_catalogue.exact.size() > 300, "the German catalogue could not be read");
        QVERIFY(m_catalogue.patterns.size() > 100);
    }

    // The checker itself finds an English line, also one made from a source with placeholders.
    void catalogueRecognisesEnglish()
    {
        QCOMPARE(m_catalogue.englishSource(QStringLiteral("Compare two")), QStringLiteral("Compare two"));
        QVERIFY(!m_catalogue.englishSource(QStringLiteral("Done: 3 strategies measured.")).isEmpty());
        QVERIFY(m_catalogue.englishSource(QStringLiteral("Zwei vergleichen")).isEmpty());
        QVERIFY(m_catalogue.englishSource(QStringLiteral("factor-seq")).isEmpty());
    }

    void everyPageFollowsASwitchAtRunTime()
    {
        MainWindow window;
        window.setMonitorWidget(new MonitorWidget);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.setLanguage(QStringLiteral("en"), false));

        // Results made in English: charts, summary, status, "... in all", the history tab.
        QVERIFY(window.showTopic(QStringLiteral("factorization")));
        QVERIFY(runExperiment(&window, {{QStringLiteral("count"), QStringLiteral("300")},
                                        {QStringLiteral("strategies"), QStringLiteral("sequential,threads")},
                                        {QStringLiteral("runs"), QStringLiteral("1")},
                                        {QStringLiteral("warmup"), QStringLiteral("0")}}));
        QVERIFY(window.showTopic(QStringLiteral("locks")));
        QVERIFY(runExperiment(&window, {{QStringLiteral("increments"), QStringLiteral("2000")},
                                        {QStringLiteral("runs"), QStringLiteral("1")}}));
        const QStringList ids = topicIds();
        for (const QString &id : ids)
            QVERIFY(window.showTopic(id));
        const QString englishWhen = HistoryModel::when(QDateTime(QDate(2026, 12, 7), QTime(21, 3, 12)));
        QVERIFY2(englishWhen.contains(QLatin1String(":03:12")), qPrintable(englishWhen));

        QVERIFY(window.setLanguage(QStringLiteral("de"), false));
        QCoreApplication::processEvents();

        QStringList english;
        for (const QString &id : ids) {
            QVERIFY(window.showTopic(id));
            TopicPage *page = window.currentPage();
            // Every result tab in turn, so the History and Table tabs are looked at too.
            const QList<QTabWidget *> tabWidgets = page->findChildren<QTabWidget *>();
            QList<std::pair<QString, QString>> texts = visibleTexts(window.monitorDock());
            for (QTabWidget *tabs : tabWidgets) {
                if (!tabs->isVisible())
                    continue;
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    texts += visibleTexts(page);
                }
            }
            texts += visibleTexts(page);
            for (const auto &[where, text] : std::as_const(texts)) {
                const QString source = m_catalogue.englishSource(text);
                if (!source.isEmpty())
                    english.append(QStringLiteral("%1 / %2: \"%3\"").arg(id, where, text));
            }
        }
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(),
                 qPrintable(QStringLiteral("still English after the switch:\n") + english.join(QLatin1Char('\n'))));

        // Painted rather than a widget's text: the timeline's state labels.
        QCOMPARE(StatePalette::shortLabel(Lab::Core::ThreadState::Running), QStringLiteral("Läuft"));
        // Numbers and dates follow the locale.
        QCOMPARE(QLocale().toString(200000), QStringLiteral("200.000"));
        // The factorization's summary, made again in German: "1,93 ± 0,04-mal schneller".
        bool sawSummary = false;
        for (const QLabel *summary : window.findChildren<QLabel *>(QStringLiteral("benchmarkSummary"))) {
            if (!summary->text().contains(QStringLiteral("-mal")))
                continue;
            sawSummary = true;
            QVERIFY2(summary->text().contains(QRegularExpression(QStringLiteral("\\d,\\d\\d ± \\d,\\d\\d-mal"))),
                     qPrintable(summary->text()));
        }
        QVERIFY(sawSummary);
        const QString germanWhen = HistoryModel::when(QDateTime(QDate(2026, 12, 7), QTime(21, 3, 12)));
        QVERIFY2(germanWhen.contains(QLatin1String("21:03:12")), qPrintable(germanWhen));

        // And back: seconds stay.
        QVERIFY(window.setLanguage(QStringLiteral("en"), false));
        const QString backWhen = HistoryModel::when(QDateTime(QDate(2026, 12, 7), QTime(21, 3, 12)));
        QVERIFY2(backWhen.contains(QLatin1String(":03:12")), qPrintable(backWhen));
        QCOMPARE(StatePalette::shortLabel(Lab::Core::ThreadState::Running), QStringLiteral("Run"));
    }

private:
    Catalogue m_catalogue;
};

LAB_TEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
