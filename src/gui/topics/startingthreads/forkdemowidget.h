// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace Lab::Core {
class WorkerDemoProcess;
struct WorkerDemoExit;
} // namespace Lab::Core

namespace Lab::Gui {

// Runs `concurrency-lab-worker fork-demo` and shows the process tree it reports: this program, the
// worker (the parent) and the child that fork() made, with their pids, parent pids and the same
// variable's address and value in each (the same address, different values: a copy).
class ForkDemoWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForkDemoWidget)

public:
    explicit ForkDemoWidget(QWidget *parent = nullptr);
    ~ForkDemoWidget() override;

    // Starts the demo; the child is kept alive `holdMs` so that the monitor can show it.
    bool start(int holdMs);
    bool isRunning() const;
    QPushButton *button() const { return m_button; }
    QTreeWidget *tree() const { return m_tree; }
    QLabel *summary() const { return m_summary; }
    qint64 workerPid() const;

signals:
    void demoFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onFinished(const Core::WorkerDemoExit &exit);
    void showReport();
    void retranslate();

    Core::WorkerDemoProcess *m_process = nullptr;
    QPushButton *m_button = nullptr;
    QLabel *m_explanation = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QJsonObject m_report;
    QString m_failure;
    int m_holdMs = 0;
};

} // namespace Lab::Gui
