// SPDX-License-Identifier: GPL-3.0-or-later
#include "codecomparison.h"

#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace Lab::Gui {

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return CodeComparison::tr("(missing listing: %1)").arg(path);
    return QString::fromUtf8(file.readAll());
}

QPlainTextEdit *makeListing(QWidget *parent, const QString &name)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(parent->font().pointSizeF());
    edit->setFont(font);
    edit->setTabStopDistance(4 * edit->fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    edit->setMinimumWidth(160); // listings scroll sideways; they never widen the panel
    return edit;
}

} // namespace

CodeComparison::CodeComparison(QWidget *parent)
    : QWidget(parent)
    , m_cppTitle(new QLabel(this))
    , m_pythonTitle(new QLabel(this))
    , m_cpp(makeListing(this, QStringLiteral("cppListing")))
    , m_python(makeListing(this, QStringLiteral("pythonListing")))
{
    m_cppTitle->setWordWrap(true);
    m_pythonTitle->setWordWrap(true);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_cppTitle, 0, 0);
    layout->addWidget(m_pythonTitle, 0, 1);
    layout->addWidget(m_cpp, 1, 0);
    layout->addWidget(m_python, 1, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    retranslate();
}

CodeComparison::~CodeComparison() = default;

void CodeComparison::setCode(const QString &cpp, const QString &python)
{
    m_cpp->setPlainText(cpp);
    m_python->setPlainText(python);
}

void CodeComparison::loadResources(const QString &name)
{
    setCode(readResource(QStringLiteral(":/code/%1.cpp.txt").arg(name)),
            readResource(QStringLiteral(":/code/%1.py").arg(name)));
}

QString CodeComparison::cppCode() const
{
    return m_cpp->toPlainText();
}

QString CodeComparison::pythonCode() const
{
    return m_python->toPlainText();
}

void CodeComparison::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange) {
        for (QPlainTextEdit *edit : {m_cpp, m_python}) {
            QFont font = edit->font();
            font.setPointSizeF(this->font().pointSizeF());
            edit->setFont(font);
        }
    }
    QWidget::changeEvent(event);
}

void CodeComparison::retranslate()
{
    m_cppTitle->setText(tr("<b>Qt / C++</b> (what this experiment runs)"));
    m_pythonTitle->setText(tr("<b>Python</b> (the course's spelling)"));
}

} // namespace Lab::Gui
