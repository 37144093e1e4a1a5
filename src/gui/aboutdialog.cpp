// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "ui_aboutdialog.h"

#include <QEvent>

namespace Lab::Gui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);                                // the fixed parts: ui/aboutdialog.ui
    m_ui->icon->setPixmap(windowIcon().pixmap(96, 96)); // the window's (or the application's) icon
    fillIn();
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::fillIn()
{
    m_ui->title->setText(m_ui->title->text().arg(QStringLiteral(LAB_VERSION)));
    m_ui->details->setText(m_ui->details->text().arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                                                     QStringLiteral(LAB_BUILD_TYPE)));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillIn();
    }
    QDialog::changeEvent(event);
}

} // namespace Lab::Gui
