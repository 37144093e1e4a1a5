// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptplayer.h"

#include "gui/mainwindow.h"
#include "gui/topics/experiment.h"
#include "gui/topics/topicpage.h"
#include "presentercontroller.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTimer>

namespace Lab::Gui {

namespace {

bool isContinueKey(const QKeyEvent *event)
{
    if ((event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    return event->key() == Qt::Key_PageDown || event->key() == Qt::Key_Right || event->key() == Qt::Key_Space;
}

} // namespace

ScriptPlayer::ScriptPlayer(QList<PlayStep> steps, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_steps(std::move(steps))
    , m_window(window)
{
    m_lookup = [this](const QString &topic) -> Experiment * {
        TopicPage *page = m_window->page(topic);
        return page ? page->experiment() : nullptr;
    };
}

ScriptPlayer::~ScriptPlayer()
{
    if (m_waitingForKey)
        qApp->removeEventFilter(this);
}

Experiment *ScriptPlayer::experimentOf(const QString &topic) const
{
    return m_lookup ? m_lookup(topic) : nullptr;
}

bool ScriptPlayer::validate(const QString &initialTopic, QString *error) const
{
    QString topic = initialTopic;
    bool ran = false;
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const PlayStep &step = m_steps.at(i);
        const QString where = QStringLiteral("step %1").arg(i + 1);
        switch (step.kind) {
        case PlayStep::Kind::Topic:
            topic = step.topic;
            break;
        case PlayStep::Kind::Set:
        case PlayStep::Kind::Run: {
            const Experiment *experiment = experimentOf(topic);
            const char *field = step.kind == PlayStep::Kind::Set ? "set" : "run";
            if (!experiment) {
                *error = QStringLiteral("%1: \"%2\": the topic \"%3\" has no experiment")
                             .arg(where, QLatin1String(field), topic);
                return false;
            }
            const QStringList allowed = experiment->parameterNames();
            for (const auto &[key, value] : step.settings) {
                if (!allowed.contains(key)) {
                    *error = QStringLiteral("%1: \"set\": unknown key \"%2\" for topic \"%3\" (allowed: %4)")
                                 .arg(where, key, topic,
                                      allowed.isEmpty() ? QStringLiteral("none") : allowed.join(QStringLiteral(", ")));
                    return false;
                }
            }
            ran = ran || step.kind == PlayStep::Kind::Run;
            break;
        }
        case PlayStep::Kind::WaitRun:
            if (!ran) {
                *error = QStringLiteral("%1: \"wait\": \"finished\" needs a \"run\" step before it").arg(where);
                return false;
            }
            break;
        case PlayStep::Kind::WaitMs:
        case PlayStep::Kind::PauseKey:
        case PlayStep::Kind::Present:
        case PlayStep::Kind::Language:
            break;
        }
    }
    return true;
}

void ScriptPlayer::start()
{
    if (m_started)
        return;
    m_started = true;
    m_index = 0;
    QTimer::singleShot(0, this, &ScriptPlayer::next);
}

void ScriptPlayer::advance()
{
    ++m_index;
    QTimer::singleShot(0, this, &ScriptPlayer::next);
}

void ScriptPlayer::fail(const QString &message)
{
    m_finished = true;
    emit finished(false, message);
}

void ScriptPlayer::next()
{
    if (m_finished)
        return;
    if (m_index >= m_steps.size()) {
        m_finished = true;
        emit finished(true, QString());
        return;
    }
    const PlayStep &step = m_steps.at(m_index);
    const QString where = QStringLiteral("step %1").arg(m_index + 1);
    emit stepStarted(m_index);
    switch (step.kind) {
    case PlayStep::Kind::Topic:
        m_window->showTopic(step.topic);
        advance();
        return;
    case PlayStep::Kind::Set: {
        Experiment *experiment = experimentOf(m_window->currentTopicId());
        if (!experiment)
            return fail(QStringLiteral("%1: \"set\": the topic \"%2\" has no experiment")
                            .arg(where, m_window->currentTopicId()));
        for (const auto &[key, value] : step.settings) {
            QString error;
            if (!experiment->setParameter(key, value, &error))
                return fail(QStringLiteral("%1: \"set\": %2").arg(where, error));
        }
        advance();
        return;
    }
    case PlayStep::Kind::Run: {
        Experiment *experiment = experimentOf(m_window->currentTopicId());
        if (!experiment)
            return fail(QStringLiteral("%1: \"run\": the topic \"%2\" has no experiment")
                            .arg(where, m_window->currentTopicId()));
        m_lastRun = experiment;
        experiment->start();
        advance();
        return;
    }
    case PlayStep::Kind::WaitMs:
        ++m_index;
        QTimer::singleShot(step.waitMs, this, &ScriptPlayer::next);
        return;
    case PlayStep::Kind::WaitRun:
        if (!m_lastRun || !m_lastRun->isRunning()) {
            advance();
        } else {
            connect(m_lastRun, &Experiment::runFinished, this, &ScriptPlayer::advance, Qt::SingleShotConnection);
        }
        return;
    case PlayStep::Kind::PauseKey:
        m_waitingForKey = true;
        qApp->installEventFilter(this); // installed last, so it sees keys before the presenter's filter
        return;
    case PlayStep::Kind::Present:
        m_window->presenter()->setActive(step.present);
        advance();
        return;
    case PlayStep::Kind::Language:
        m_window->setLanguage(step.language, /*persist=*/false); // a script does not change the settings
        advance();
        return;
    }
}

bool ScriptPlayer::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_waitingForKey || (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress))
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    auto *key = static_cast<QKeyEvent *>(event);
    if (!widget || widget->window() != m_window || !isContinueKey(key))
        return false;
    key->accept(); // the key continues the script and does nothing else
    if (event->type() == QEvent::KeyPress) {
        m_waitingForKey = false;
        qApp->removeEventFilter(this);
        advance();
    }
    return true;
}

} // namespace Lab::Gui
