// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/falsesharing.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace Lab::Gui {

// The false-sharing result in big type: the time with adjacent counters (one cache line) and with
// counters on separate lines, the ratio, the counters' real addresses, and a plain-words reading.
class FalseSharingWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FalseSharingWidget)

public:
    explicit FalseSharingWidget(QWidget *parent = nullptr);
    ~FalseSharingWidget() override;

    void clear();
    void addResult(const Core::FalseSharingResult &result);
    const QList<Core::FalseSharingResult> &results() const { return m_results; }
    // Adjacent time over padded time; 0 until both are measured.
    double ratio() const;
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFonts();
    void refresh();
    QString addressText(const Core::FalseSharingResult &result) const;

    QList<Core::FalseSharingResult> m_results;
    QLabel *m_adjacentTitle = nullptr;
    QLabel *m_adjacentTime = nullptr;
    QLabel *m_adjacentAddresses = nullptr;
    QLabel *m_paddedTitle = nullptr;
    QLabel *m_paddedTime = nullptr;
    QLabel *m_paddedAddresses = nullptr;
    QLabel *m_ratio = nullptr;
    QLabel *m_explanation = nullptr;
};

} // namespace Lab::Gui
