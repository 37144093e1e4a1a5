// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaybar.h"

#include "core/trace/threadstate.h"
#include "core/trace/tracerecorder.h"
#include "replaycontroller.h"
#include "ui_replaybar.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

#include <limits>

namespace Lab::Gui {

using namespace Core;

namespace {
// Recorded seconds per second of replay.
constexpr double Speeds[] = {0.01, 0.1, 0.25, 0.5, 1.0, 2.0};
constexpr int DefaultSpeedIndex = 4;
// Lines of primitives under the bar: enough for a lesson's demo, never the whole monitor's height.
constexpr int MaxPrimitiveLines = 3;
} // namespace

ReplayBar::ReplayBar(ReplayController *controller, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReplayBar>())
    , m_controller(controller)
{
    // The form ui/replaybar.ui: the banner in the colour of a recording (dark blue on light, readable
    // on a projector) so nobody takes it for the live run; the property takesLectureKeys, which tells
    // the presenter that Space, the arrows and S belong to the replay while it has the focus; and two
    // short rows, so the bar is no wider than the monitor docked beside the experiment at 1280 px
    // (presenter mode): the transport, the slider and the way back; then the time and the speed.
    m_ui->setupUi(this);
    for (const double speed : Speeds)
        m_ui->replaySpeed->addItem(QString(), speed);

    connect(m_ui->replayPrevious, &QToolButton::clicked, m_controller, &ReplayController::stepPrevious);
    connect(m_ui->replayNext, &QToolButton::clicked, m_controller, &ReplayController::stepNext);
    connect(m_ui->replayPlay, &QToolButton::clicked, m_controller, &ReplayController::togglePlay);
    connect(m_ui->replaySlider, &QSlider::valueChanged, this, [this](int ms) {
        m_controller->pause();
        m_controller->setCursor(m_controller->startNs() + qint64(ms) * 1'000'000);
    });
    connect(m_ui->replaySpeed, &QComboBox::currentIndexChanged, this,
            [this] { m_controller->setSpeed(m_ui->replaySpeed->currentData().toDouble()); });
    connect(m_ui->replayLive, &QPushButton::clicked, this, &ReplayBar::leaveRequested);
    connect(m_controller, &ReplayController::cursorMoved, this, &ReplayBar::onCursorMoved);
    connect(m_controller, &ReplayController::playingChanged, this, &ReplayBar::showPlaying);
    connect(m_controller, &ReplayController::recordingChanged, this, &ReplayBar::onRecordingChanged);

    installEventFilter(this);
    for (QWidget *child : findChildren<QWidget *>())
        child->installEventFilter(this);
    retranslate();
    showPlaying(false);
}

ReplayBar::~ReplayBar() = default;

void ReplayBar::setSource(const QString &title, const QDateTime &recordedAt, const QString &machine)
{
    m_title = title;
    m_recordedAt = recordedAt;
    m_machine = machine;
    retranslate();
}

QString ReplayBar::bannerText() const
{
    return m_ui->replayBanner->text();
}

QSlider *ReplayBar::slider() const
{
    return m_ui->replaySlider;
}

QString ReplayBar::stateText() const
{
    return m_ui->replayState->text();
}

QString ReplayBar::primitivesText() const
{
    return m_ui->replayPrimitives->text();
}

void ReplayBar::setWorker(int workerId)
{
    m_workerId = workerId;
    updateDetails();
}

void ReplayBar::retranslate()
{
    const QLocale locale;
    // A command's title is its command line: without the program's name and the --trace that wrote
    // the file being replayed, it names the run in a line or two on a projector.
    QString shown = m_title;
    static const QRegularExpression traceOption(QStringLiteral(" --trace(?:=| )\\S+"));
    shown.remove(traceOption);
    if (shown.startsWith(QLatin1String("concurrency-lab ")))
        shown.remove(0, 16);
    const QString title = shown.isEmpty() ? tr("an untitled recording") : shown;
    const QString date = m_recordedAt.isValid() ? locale.toString(m_recordedAt.toLocalTime(), QLocale::ShortFormat)
                                                : tr("at an unknown time");
    const QString machine = m_machine.isEmpty() ? tr("an unknown machine") : m_machine;
    m_ui->replayBanner->setText(tr("Replay of %1, recorded %2 on %3").arg(title, date, machine));
    QComboBox *speeds = m_ui->replaySpeed;
    for (int i = 0; i < speeds->count(); ++i) {
        const double speed = speeds->itemData(i).toDouble();
        speeds->setItemText(i, speed < 1 ? tr("1/%1×").arg(qRound(1 / speed)) : tr("%1×").arg(speed));
    }
    showPlaying(m_controller->isPlaying());
    onCursorMoved();
}

void ReplayBar::showPlaying(bool playing)
{
    m_ui->replayPlay->setText(playing ? tr("Pause") : tr("Play"));
    m_ui->replayPlay->setToolTip(playing ? tr("Pause the replay (Space)") : tr("Play the recording (Space)"));
}

void ReplayBar::onRecordingChanged()
{
    const qint64 spanMs = (m_controller->endNs() - m_controller->startNs()) / 1'000'000;
    {
        const QSignalBlocker blocker(m_ui->replaySlider);
        m_ui->replaySlider->setRange(0, int(std::min<qint64>(spanMs, std::numeric_limits<int>::max())));
        m_ui->replaySlider->setPageStep(std::max(1, m_ui->replaySlider->maximum() / 20));
    }
    // A replay of at least about 8 s: a 40 ms race plays at 1/100, a 5 s run at 1x.
    int index = DefaultSpeedIndex;
    while (index > 0 && double(spanMs) / Speeds[index] < 8000)
        --index;
    m_ui->replaySpeed->setCurrentIndex(index);
    m_controller->setSpeed(Speeds[index]);
    m_workerId = -1;
    onCursorMoved();
}

void ReplayBar::onCursorMoved()
{
    const QLocale locale;
    const double at = double(m_controller->cursorNs() - m_controller->startNs()) / 1e9;
    const double span = double(m_controller->endNs() - m_controller->startNs()) / 1e9;
    m_ui->replayTime->setText(tr("%1 s of %2 s").arg(locale.toString(at, 'f', 3), locale.toString(span, 'f', 3)));
    {
        const QSignalBlocker blocker(m_ui->replaySlider);
        m_ui->replaySlider->setValue(int((m_controller->cursorNs() - m_controller->startNs()) / 1'000'000));
    }
    updateDetails();
}

void ReplayBar::updateDetails()
{
    if (!m_controller->isLoaded())
        return;
    int id = m_workerId;
    if (id < 0) {
        for (const LabWorkerStatus &w : m_controller->recording().workers) {
            if (!w.isProcess) {
                id = w.workerId;
                break;
            }
        }
    }
    const LabWorkerStatus w = m_controller->worker(id);
    if (id < 0 || w.workerId < 0) {
        m_ui->replayState->setText(tr("No lab thread has started yet."));
    } else if (w.detail.isEmpty()) {
        m_ui->replayState->setText(tr("%1: %2").arg(w.name, threadStateName(w.state)));
    } else {
        m_ui->replayState->setText(tr("%1: %2 (%3)").arg(w.name, threadStateName(w.state), w.detail));
    }
    // The primitives someone waits on (owner and waiters), and the semaphores' free permits; a lock
    // nobody waits for says nothing (the recording names an owner only when someone waits).
    QStringList lines;
    int more = 0;
    for (const ReplayController::Primitive &p : m_controller->primitives()) {
        if (p.waiters.isEmpty() && p.permits < 0)
            continue;
        if (lines.size() == MaxPrimitiveLines) {
            ++more;
            continue;
        }
        QString line;
        if (!p.waiters.isEmpty()) {
            line =
                p.holder.isEmpty()
                    ? tr("\"%1\": waiting: %2").arg(p.name, p.waiters.join(QStringLiteral(", ")))
                    : tr("\"%1\": held by %2; waiting: %3").arg(p.name, p.holder, p.waiters.join(QStringLiteral(", ")));
        } else {
            line = tr("\"%1\": nobody waits").arg(p.name);
        }
        if (p.permits >= 0)
            line = tr("%1; %n permit(s) free", nullptr, p.permits).arg(line);
        lines.append(line);
    }
    if (more > 0)
        lines.append(tr("and %n more", nullptr, more));
    m_ui->replayPrimitives->setVisible(!lines.isEmpty());
    m_ui->replayPrimitives->setText(lines.join(QLatin1Char('\n')));
}

bool ReplayBar::handleKey(int key)
{
    switch (key) {
    case Qt::Key_Space:
        m_controller->togglePlay();
        return true;
    case Qt::Key_Right:
    case Qt::Key_S:
        m_controller->stepNext();
        return true;
    case Qt::Key_Left:
        m_controller->stepPrevious();
        return true;
    case Qt::Key_Home:
        m_controller->pause();
        m_controller->setCursor(m_controller->startNs());
        return true;
    case Qt::Key_End:
        m_controller->pause();
        m_controller->setCursor(m_controller->endNs());
        return true;
    case Qt::Key_L:
        emit leaveRequested();
        return true;
    default:
        return false;
    }
}

bool ReplayBar::eventFilter(QObject *watched, QEvent *event)
{
    // The bar's keys win over its controls' (a focused button would click on Space, the slider move
    // by one millisecond on an arrow).
    if (event->type() == QEvent::KeyPress && watched != static_cast<QObject *>(m_ui->replaySpeed->view())) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && handleKey(key->key()))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ReplayBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace Lab::Gui
