// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/experiments/publishsubscribe.h"
#include "gui/panels/scenariopage.h"

namespace Lab::Gui {

class TileGrid;

// 9.4: the publisher and its subscribers on the condition "items" (Core::PublishSubscribe): the
// queue, who waits on the condition, and per subscriber its messages and wake-ups; an empty wake-up
// is a harmless re-check with `while` and a failure (in red) with `if`.
class PublishSubscribePage final : public ScenarioPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishSubscribePage)
public:
    explicit PublishSubscribePage(QWidget *parent = nullptr);
    ~PublishSubscribePage() override;

    QString scenario() const override { return QStringLiteral("condition"); }
    const Core::ParameterSchema &schema() const override { return Core::PublishSubscribe::schema(); }
    QString title() const override;
    bool start(const Core::ParameterValues &values) override;
    void cancel() override;
    void refresh() override;
    void retranslate() override;

    ValueTile *failuresTile() const { return m_failures; }
    TileGrid *subscribers() const { return m_subscribers; }
    QLabel *waitersLabel() const { return m_waiters; }

private:
    void onFinished(const Core::PublishSubscribe::Result &result);
    QString stateText(const QString &state) const;

    Core::PublishSubscribe *m_experiment = nullptr;
    ValueTile *m_published = nullptr;
    ValueTile *m_queue = nullptr;
    ValueTile *m_received = nullptr;
    ValueTile *m_failures = nullptr;
    QLabel *m_waiters = nullptr;
    TileGrid *m_subscribers = nullptr;
    bool m_whileCheck = true;
};

} // namespace Lab::Gui
