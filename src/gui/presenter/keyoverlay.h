// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include <utility>

namespace Lab::Gui {

// A panel drawn over the whole window listing every presenter key in large type. The controller
// hides it on the next key press (any key) or click.
class KeyOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyOverlay)

public:
    explicit KeyOverlay(QWidget *parent);
    ~KeyOverlay() override;

    void setRows(const QString &title, const QList<std::pair<QString, QString>> &rows, const QString &hint);
    const QList<std::pair<QString, QString>> &rows() const { return m_rows; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_title;
    QString m_hint;
    QList<std::pair<QString, QString>> m_rows;
};

} // namespace Lab::Gui
