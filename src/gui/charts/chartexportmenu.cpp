// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexportmenu.h"

#include "chartexporter.h"
#include "chartview.h"
#include "core/report/resultcsv.h"
#include "core/report/resultjson.h"
#include "core/report/resultmarkdown.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace Lab::Gui {

ChartExportMenu::ChartExportMenu(ChartView *view, QWidget *parent)
    : QMenu(parent)
    , m_view(view)
{
    // Each action keeps its source text, so a language switch can say it again (retranslate()).
    auto add = [this](const char *text, auto slot) {
        QAction *action = addAction(QString(), this, slot);
        m_texts.append({action, text});
        return action;
    };
    add(QT_TR_NOOP("Save as PNG…"), [this] { chooseFile(QStringLiteral("png"), tr("PNG image (*.png)"), 1); });
    add(QT_TR_NOOP("Save as PNG, double resolution (2×)…"),
        [this] { chooseFile(QStringLiteral("png"), tr("PNG image (*.png)"), 2); });
    add(QT_TR_NOOP("Save as SVG…"), [this] { chooseFile(QStringLiteral("svg"), tr("SVG drawing (*.svg)"), 1); });
    add(QT_TR_NOOP("Save as PDF…"), [this] { chooseFile(QStringLiteral("pdf"), tr("PDF document (*.pdf)"), 1); });
    addSeparator();
    add(QT_TR_NOOP("Copy image"), [this] { copyImage(); });
    // The data, when the view knows the result it shows (ChartView::setResult).
    m_dataActions.append(addSeparator());
    m_dataActions.append(add(QT_TR_NOOP("Save data as CSV…"),
                             [this] { chooseDataFile(QStringLiteral("csv"), tr("CSV table (*.csv)")); }));
    m_dataActions.append(add(QT_TR_NOOP("Save data as JSON…"),
                             [this] { chooseDataFile(QStringLiteral("json"), tr("Result JSON (*.json)")); }));
    m_dataActions.append(add(QT_TR_NOOP("Save data as Markdown table…"),
                             [this] { chooseDataFile(QStringLiteral("md"), tr("Markdown (*.md)")); }));
    retranslate();
    auto showData = [this] {
        const bool hasResult = m_view && m_view->result().has_value();
        for (QAction *action : std::as_const(m_dataActions))
            action->setVisible(hasResult);
    };
    showData();
    connect(this, &QMenu::aboutToShow, this, showData);
}

void ChartExportMenu::retranslate()
{
    setTitle(tr("Export chart"));
    for (const auto &[action, text] : std::as_const(m_texts))
        action->setText(tr(text));
}

void ChartExportMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void ChartExportMenu::chooseDataFile(const QString &suffix, const QString &filter)
{
    QWidget *owner = m_view ? m_view->window() : nullptr;
    auto *dialog = new QFileDialog(owner, tr("Save data"), suggestedName(suffix), filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ChartView> view = m_view;
    connect(dialog, &QFileDialog::fileSelected, owner ? static_cast<QObject *>(owner) : dialog,
            [view](const QString &path) {
                if (!view)
                    return;
                ChartExportMenu menu(view);
                menu.saveDataTo(path);
            });
    dialog->open();
}

bool ChartExportMenu::saveDataTo(const QString &path)
{
    if (!m_view || !m_view->result()) {
        fail(tr("There is no result to save."));
        return false;
    }
    const Core::BenchmarkResult &result = *m_view->result();
    const QString suffix = QFileInfo(path).suffix().toLower();
    QString error;
    bool ok = false;
    if (suffix == QLatin1String("csv"))
        ok = Core::ResultCsv::write(result, path, &error);
    else if (suffix == QLatin1String("json"))
        ok = Core::ResultJson::write(result, path, &error);
    else if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        ok = Core::ResultMarkdown::write(result, path, &error);
    else
        error =
            tr("Cannot save \"%1\": the file name must end in .csv, .json or .md.").arg(QDir::toNativeSeparators(path));
    if (!ok) {
        fail(error);
        return false;
    }
    emit exported(path);
    return true;
}

void ChartExportMenu::fail(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), message, QMessageBox::Ok,
                                m_view ? m_view->window() : nullptr);
    box->setObjectName(QStringLiteral("chartExportError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    emit exportFailed(message);
}

ChartExportMenu::~ChartExportMenu() = default;

QString ChartExportMenu::suggestedName(const QString &suffix) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString kind = m_view ? chartKindName(m_view->spec().kind) : QStringLiteral("chart");
    return QDir(folder).filePath(QStringLiteral("concurrency-lab-%1.%2").arg(kind, suffix));
}

void ChartExportMenu::chooseFile(const QString &suffix, const QString &filter, qreal devicePixelRatio)
{
    // Parent the dialog to the view's window: the menu closes (and may be deleted) right after this.
    QWidget *owner = m_view ? m_view->window() : nullptr;
    auto *dialog = new QFileDialog(owner, tr("Export chart"), suggestedName(suffix), filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ChartView> view = m_view;
    connect(dialog, &QFileDialog::fileSelected, owner ? static_cast<QObject *>(owner) : dialog,
            [view, devicePixelRatio](const QString &path) {
                if (!view)
                    return;
                ChartExportMenu menu(view);
                menu.saveTo(path, devicePixelRatio);
            });
    dialog->open();
}

bool ChartExportMenu::saveTo(const QString &path, qreal devicePixelRatio)
{
    if (!m_view)
        return false;
    QString error;
    if (!ChartExporter::exportToFile(m_view->spec(), m_view->theme(), m_view->exportSize(), devicePixelRatio, path,
                                     &error)) {
        fail(error);
        return false;
    }
    emit exported(path);
    return true;
}

void ChartExportMenu::copyImage()
{
    if (m_view)
        ChartExporter::copyToClipboard(m_view->spec(), m_view->theme(), m_view->exportSize(), 1);
}

} // namespace Lab::Gui
