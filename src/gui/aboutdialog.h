// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Lab::Gui {

namespace Ui {
class AboutDialog;
}

// Help > About: the lab's version, the Qt it runs on and was built with, the build type and the
// licence. The form ui/aboutdialog.ui holds the texts with %1 placeholders; the versions are filled in
// after setupUi and after every retranslateUi. Object name "aboutDialog".
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillIn();

    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace Lab::Gui
