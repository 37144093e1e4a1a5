// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/threadstate.h"

#include <QList>
#include <QWidget>

namespace Lab::Gui {

// The textbook life cycle of a thread drawn with QPainter: New, Runnable, Running, Not running
// (sleeping or blocked) and Terminated, with the transitions between them. setState() lights one box in
// the monitor's state colour (StatePalette, with its pattern) and writes the state's name in it, so
// the picture also reads in greyscale; the arrow just taken is drawn thick. Reusable by any panel.
class ThreadStateDiagram final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadStateDiagram)

public:
    // The boxes of the diagram; several lab states share one (Sleeping, Blocked, Waiting: NotRunning).
    enum class Node
    {
        New,
        Runnable,
        Running,
        NotRunning,
        Terminated,
    };
    Q_ENUM(Node)

    explicit ThreadStateDiagram(QWidget *parent = nullptr);
    ~ThreadStateDiagram() override;

    static Node nodeFor(Core::ThreadState state);
    static QString nodeName(Node node); // translated: "Not running"

    // Lights the box of `state`; `detail` is written under its name ("run 2 of 2", "sleeping").
    void setState(Core::ThreadState state, const QString &detail = {});
    // Nothing lit (before a run).
    void clearState();
    bool hasState() const { return m_hasState; }
    Core::ThreadState state() const { return m_state; }
    Node litNode() const { return nodeFor(m_state); }
    // The lit box's name and detail as drawn (for tests and accessibility).
    QString litText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void stateShown(Lab::Core::ThreadState state);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Arrow
    {
        Node from;
        Node to;
        QString label;
    };
    QRectF nodeRect(Node node) const; // in the 1000 x 380 design space
    void drawNode(QPainter &painter, Node node) const;
    void drawArrow(QPainter &painter, const Arrow &arrow, int index) const;
    void retranslate();

    QList<Arrow> m_arrows;
    Core::ThreadState m_state = Core::ThreadState::New;
    QString m_detail;
    bool m_hasState = false;
    bool m_hasPrevious = false;
    Node m_previous = Node::New;
};

} // namespace Lab::Gui
