// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Lab::Gui {

// Two read-only code listings side by side: the Qt/C++ the experiment really runs (an excerpt of
// the lab's own source) and the same idea spelled in Python, as the course spells it.
class CodeComparison final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeComparison)

public:
    explicit CodeComparison(QWidget *parent = nullptr);
    ~CodeComparison() override;

    void setCode(const QString &cpp, const QString &python);
    // Reads ":/code/<name>.cpp.txt" and ":/code/<name>.py"; a missing file shows a line naming it.
    void loadResources(const QString &name);
    QString cppCode() const;
    QString pythonCode() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_cppTitle = nullptr;
    QLabel *m_pythonTitle = nullptr;
    QPlainTextEdit *m_cpp = nullptr;
    QPlainTextEdit *m_python = nullptr;
};

} // namespace Lab::Gui
