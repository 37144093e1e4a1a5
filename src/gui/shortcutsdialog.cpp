// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include "ui_shortcutsdialog.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QStandardItemModel>

namespace Lab::Gui {

namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

void collect(const QMenu *menu, const QString &path, QList<std::pair<QString, const QAction *>> *rows)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString name = path.isEmpty() ? plainText(action) : path + QStringLiteral(" › ") + plainText(action);
        if (action->menu())
            collect(action->menu(), name, rows);
        else if (!action->shortcuts().isEmpty())
            rows->append({name, action});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
    , m_menuBar(menuBar)
    , m_model(new QStandardItemModel(0, 2, this))
{
    m_ui->setupUi(this); // the fixed parts: ui/shortcutsdialog.ui
    m_ui->table->setModel(m_model);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->table->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    rebuild();
}

ShortcutsDialog::~ShortcutsDialog() = default;

QTableView *ShortcutsDialog::table() const
{
    return m_ui->table;
}

void ShortcutsDialog::rebuild()
{
    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    QList<std::pair<QString, const QAction *>> rows;
    for (const QAction *top : m_menuBar->actions()) {
        if (top->menu())
            collect(top->menu(), plainText(top), &rows);
    }
    m_model->setRowCount(0);
    for (const auto &[name, action] : std::as_const(rows)) {
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        m_model->appendRow({new QStandardItem(name), new QStandardItem(keys.join(QStringLiteral(", ")))});
    }
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        rebuild();
    }
    QDialog::changeEvent(event);
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    rebuild();
    QDialog::showEvent(event);
}

} // namespace Lab::Gui
