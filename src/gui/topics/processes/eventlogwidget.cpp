// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlogwidget.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QTime>
#include <QVBoxLayout>

#include <algorithm>

namespace Lab::Gui {

namespace {

constexpr int UserSlot = 1000;

EventLogWidget::Kind kindOf(int type)
{
    switch (type) {
    case QEvent::Timer:
        return EventLogWidget::TimerKind;
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::ShortcutOverride:
        return EventLogWidget::InputKind;
    case QEvent::MetaCall:
        return EventLogWidget::QueuedCallKind;
    case QEvent::SockAct:
    case QEvent::SockClose:
        return EventLogWidget::SocketKind;
    case QEvent::Paint:
    case QEvent::UpdateRequest:
    case QEvent::UpdateLater:
        return EventLogWidget::PaintKind;
    default:
        return EventLogWidget::OtherKind;
    }
}

QString typeName(int type)
{
    if (type >= UserSlot)
        return QStringLiteral("User");
    const char *name = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
    return name ? QString::fromLatin1(name) : QString::number(type);
}

} // namespace

EventLogWidget::EventLogWidget(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
{
    m_caption->setWordWrap(true);
    m_log->setObjectName(QStringLiteral("eventLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(400);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    updateLogFont();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_log, 1);
    m_flushTimer.setInterval(FlushMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &EventLogWidget::flush);
    retranslate();
}

EventLogWidget::~EventLogWidget()
{
    setRecording(false);
}

QString EventLogWidget::text() const
{
    return m_log->toPlainText();
}

qint64 EventLogWidget::total(const QString &kind) const
{
    for (int k = 0; k < KindCount; ++k) {
        if (kindKey(k) == kind)
            return m_totals[size_t(k)];
    }
    return 0;
}

QString EventLogWidget::kindKey(int kind)
{
    static const char *const keys[] = {"timer", "input", "queued-call", "socket", "paint", "other"};
    return kind >= 0 && kind < KindCount ? QString::fromLatin1(keys[kind]) : QString();
}

QString EventLogWidget::kindName(int kind)
{
    switch (kind) {
    case TimerKind:
        return tr("timer");
    case InputKind:
        return tr("input");
    case QueuedCallKind:
        return tr("queued call");
    case SocketKind:
        return tr("socket");
    case PaintKind:
        return tr("paint");
    default:
        return tr("other");
    }
}

bool EventLogWidget::eventFilter(QObject *watched, QEvent *event)
{
    // Application filters run for every event of the GUI thread: count, nothing more.
    ++m_byType[size_t(std::min(int(event->type()), UserSlot))];
    return QWidget::eventFilter(watched, event);
}

void EventLogWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setRecording(true);
}

void EventLogWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    setRecording(false);
}

void EventLogWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        updateLogFont(); // follow View > Zoom and the presenter's scale
}

void EventLogWidget::updateLogFont()
{
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font().pointSizeF() > 0)
        fixed.setPointSizeF(font().pointSizeF());
    else
        fixed.setPixelSize(font().pixelSize());
    m_log->setFont(fixed);
}

void EventLogWidget::setRecording(bool recording)
{
    if (recording == m_recording || !QCoreApplication::instance())
        return;
    m_recording = recording;
    if (recording) {
        m_byType.fill(0);
        QCoreApplication::instance()->installEventFilter(this);
        m_sinceFlush.start();
        m_flushTimer.start();
    } else {
        QCoreApplication::instance()->removeEventFilter(this);
        m_flushTimer.stop();
    }
}

void EventLogWidget::flush()
{
    const qint64 elapsed = m_sinceFlush.restart();
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss.z"));
    if (elapsed > 3 * FlushMs) {
        m_log->appendPlainText(tr("%1  ---- no event was dispatched for %2 s: the event loop was blocked ----")
                                   .arg(time, QLocale().toString(double(elapsed) / 1000.0, 'f', 1)));
    }
    std::array<qint64, KindCount> counts{};
    std::array<int, KindCount> topType{}; // the most frequent QEvent::Type of each kind
    for (int type = 0; type <= UserSlot; ++type) {
        const quint32 n = m_byType[size_t(type)];
        if (n == 0)
            continue;
        const int kind = kindOf(type);
        counts[size_t(kind)] += n;
        if (m_byType[size_t(topType[size_t(kind)])] < n || topType[size_t(kind)] == 0)
            topType[size_t(kind)] = type;
    }
    m_byType.fill(0);
    QStringList parts;
    for (int kind = 0; kind < KindCount; ++kind) {
        if (counts[size_t(kind)] == 0)
            continue;
        m_totals[size_t(kind)] += counts[size_t(kind)];
        if (kind == InputKind || kind == OtherKind)
            parts.append(
                tr("%1 %2 (%3)").arg(kindName(kind)).arg(counts[size_t(kind)]).arg(typeName(topType[size_t(kind)])));
        else
            parts.append(tr("%1 %2").arg(kindName(kind)).arg(counts[size_t(kind)]));
    }
    if (!parts.isEmpty())
        m_log->appendPlainText(time + QStringLiteral("  ") + parts.join(QStringLiteral(" · ")));
}

void EventLogWidget::retranslate()
{
    m_caption->setText(tr("Events the GUI thread's event loop delivered, counted by kind, one line per %1 s "
                          "(queued call: a signal from another thread or a network reply; socket: a worker "
                          "process's output):")
                           .arg(QLocale().toString(FlushMs / 1000.0, 'f', 1)));
}

} // namespace Lab::Gui
