// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QMenuBar;
class QTableWidget;

namespace Lab::Gui {

// Help > Keyboard shortcuts: a table built from the menu bar's actions each time it is shown (and
// after a language change), so it can never disagree with the shortcuts that actually work.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QMenuBar *menuBar, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    QTableWidget *table() const { return m_table; }
    void rebuild();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QMenuBar *m_menuBar = nullptr;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Lab::Gui
