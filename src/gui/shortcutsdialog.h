// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QMenuBar;
class QStandardItemModel;
class QTableView;

namespace Lab::Gui {

namespace Ui {
class ShortcutsDialog;
}

// Help > Keyboard shortcuts: a table built from the menu bar's actions each time it is shown (and
// after a language change), so it can never disagree with the shortcuts that actually work. The fixed
// parts (title, introduction, table view, Close) are the form ui/shortcutsdialog.ui.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QMenuBar *menuBar, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    enum Column
    {
        ActionColumn,
        ShortcutColumn
    };
    QTableView *table() const;
    void rebuild();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
    QMenuBar *m_menuBar = nullptr;
    QStandardItemModel *m_model = nullptr;
};

} // namespace Lab::Gui
