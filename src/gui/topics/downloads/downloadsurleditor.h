// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QPlainTextEdit;
class QPushButton;
QT_END_NAMESPACE

namespace Lab::Gui {

// The downloads panel's own URL list: a check box that replaces the embedded server's images by the
// URLs typed (or loaded from a file) into a text box, one a line, blank lines and # comments skipped,
// as `run download --urls FILE` reads them.
class DownloadsUrlEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadsUrlEditor)

public:
    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

    explicit DownloadsUrlEditor(QWidget *parent = nullptr);
    ~DownloadsUrlEditor() override;

    bool isUsed() const;
    void setUsed(bool used);
    QString text() const;
    void setText(const QString &text);
    // Reads a URL list file into the box and switches to it; false with *error in the form's wording.
    bool loadFile(const QString &path, QString *error);
    // The URLs to download, or false with *error ("urls: must list at least one URL ...").
    bool urls(QStringList *urls, QString *error) const;
    QString sourceName() const { return m_sourceName; }
    void setLocked(bool locked);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseFile();

    QCheckBox *m_use = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_load = nullptr;
    QString m_sourceName;
};

} // namespace Lab::Gui
