// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QPointer>

#include <utility>

namespace Lab::Gui {

class ChartView;

// The export actions for one ChartView: PNG (1x, 2x), SVG, PDF and copy to the clipboard. Used as the
// view's context menu and as ChartExportButton's menu. File choice is asynchronous (QFileDialog::open),
// failures are shown in a window-modal message box that names the file and the reason.
class ChartExportMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartExportMenu)

public:
    explicit ChartExportMenu(ChartView *view, QWidget *parent = nullptr);
    ~ChartExportMenu() override;

    // Exports the view's chart to `path` (format from the suffix) at the view's export size; on failure
    // shows the message box and returns false. What the file dialogs call; tests call it directly.
    bool saveTo(const QString &path, qreal devicePixelRatio = 1);
    void copyImage();
    // Writes the view's result with core/report's writers: .csv, .json or .md by suffix. False (and
    // the message box) without a result, for another suffix, or when writing fails.
    bool saveDataTo(const QString &path);

signals:
    void exported(const QString &path);
    void exportFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseFile(const QString &suffix, const QString &filter, qreal devicePixelRatio);
    void chooseDataFile(const QString &suffix, const QString &filter);
    void fail(const QString &message);
    QString suggestedName(const QString &suffix) const;

    QPointer<ChartView> m_view;
    QList<QAction *> m_dataActions;
    QList<std::pair<QAction *, const char *>> m_texts; // each action and its source text
};

} // namespace Lab::Gui
