// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadsurleditor.h"

#include "core/net/downloadsaver.h"
#include "core/runners/downloadbenchmark.h"

#include <QCheckBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lab::Gui {

DownloadsUrlEditor::DownloadsUrlEditor(QWidget *parent)
    : QWidget(parent)
    , m_use(new QCheckBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_load(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_use->setObjectName(QStringLiteral("useUrls"));
    m_load->setObjectName(QStringLiteral("loadUrls"));
    m_text->setObjectName(QStringLiteral("urlList"));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMaximumHeight(6 * fontMetrics().height());
    m_text->setVisible(false);
    m_load->setVisible(false);
    row->addWidget(m_use, 1);
    row->addWidget(m_load);
    layout->addLayout(row);
    layout->addWidget(m_text);
    connect(m_use, &QCheckBox::toggled, this, [this](bool on) {
        m_text->setVisible(on);
        m_load->setVisible(on);
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] { m_sourceName.clear(); });
    connect(m_load, &QPushButton::clicked, this, &DownloadsUrlEditor::chooseFile);
    retranslate();
}

DownloadsUrlEditor::~DownloadsUrlEditor() = default;

bool DownloadsUrlEditor::isUsed() const
{
    return m_use->isChecked();
}

void DownloadsUrlEditor::setUsed(bool used)
{
    m_use->setChecked(used);
}

QString DownloadsUrlEditor::text() const
{
    return m_text->toPlainText();
}

void DownloadsUrlEditor::setText(const QString &text)
{
    m_text->setPlainText(text);
}

bool DownloadsUrlEditor::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("urls: must be a readable file (got \"%1\": %2)").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxFileBytes) {
        *error = QStringLiteral("urls: must be a file of at most %1 bytes (got \"%2\" with %3)")
                     .arg(MaxFileBytes)
                     .arg(path)
                     .arg(file.size());
        return false;
    }
    m_text->setPlainText(QString::fromUtf8(file.read(MaxFileBytes)));
    m_sourceName = path;
    m_use->setChecked(true);
    return true;
}

bool DownloadsUrlEditor::urls(QStringList *urls, QString *error) const
{
    *urls = Core::DownloadSaver::parseUrlList(m_text->toPlainText());
    if (urls->isEmpty()) {
        *error = QStringLiteral("urls: must list at least one URL (got none)");
        return false;
    }
    if (urls->size() > Core::DownloadBenchmarkOptions::MaxUrls) {
        *error = QStringLiteral("urls: must list at most %1 URLs (got %2)")
                     .arg(Core::DownloadBenchmarkOptions::MaxUrls)
                     .arg(urls->size());
        return false;
    }
    return true;
}

void DownloadsUrlEditor::setLocked(bool locked)
{
    m_use->setEnabled(!locked);
    m_text->setReadOnly(locked);
    m_load->setEnabled(!locked);
}

void DownloadsUrlEditor::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load a URL list"), QString(),
                                                      tr("URL lists (*.txt *.lst);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!loadFile(path, &error))
        QMessageBox::warning(this, tr("Load a URL list"), error);
}

void DownloadsUrlEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DownloadsUrlEditor::retranslate()
{
    m_use->setText(tr("Use my own URLs"));
    m_use->setToolTip(tr("Download these URLs instead of the embedded server's images (the server settings are "
                         "then unused)"));
    m_load->setText(tr("Load from file..."));
    m_text->setPlaceholderText(tr("One URL a line, e.g. https://example.org/picture.png; blank lines and lines "
                                  "starting with # are skipped"));
}

} // namespace Lab::Gui
