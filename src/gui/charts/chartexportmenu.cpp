// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexportmenu.h"

#include "chartexporter.h"
#include "chartview.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace Lab::Gui {

ChartExportMenu::ChartExportMenu(ChartView *view, QWidget *parent)
    : QMenu(tr("Export chart"), parent)
    , m_view(view)
{
    addAction(tr("Save as PNG…"), this, [this] { chooseFile(QStringLiteral("png"), tr("PNG image (*.png)"), 1); });
    addAction(tr("Save as PNG, double resolution (2×)…"), this,
              [this] { chooseFile(QStringLiteral("png"), tr("PNG image (*.png)"), 2); });
    addAction(tr("Save as SVG…"), this, [this] { chooseFile(QStringLiteral("svg"), tr("SVG drawing (*.svg)"), 1); });
    addAction(tr("Save as PDF…"), this, [this] { chooseFile(QStringLiteral("pdf"), tr("PDF document (*.pdf)"), 1); });
    addSeparator();
    addAction(tr("Copy image"), this, &ChartExportMenu::copyImage);
    // Data exports (CSV, JSON, Markdown) are added by the panels that hold the BenchmarkResult, using
    // core/report's writers; the chart itself only knows its plain ChartSpec.
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
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Export failed"), error, QMessageBox::Ok, m_view->window());
        box->setObjectName(QStringLiteral("chartExportError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->open();
        emit exportFailed(error);
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
