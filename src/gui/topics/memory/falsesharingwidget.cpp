// SPDX-License-Identifier: GPL-3.0-or-later
#include "falsesharingwidget.h"

#include "gui/panels/relativefonts.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QThread>

namespace Lab::Gui {

namespace {

QLabel *makeLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true); // a narrow column (presenter mode) wraps instead of widening the panel
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

FalseSharingWidget::FalseSharingWidget(QWidget *parent)
    : QWidget(parent)
{
    m_adjacentTitle = makeLabel(this, QStringLiteral("adjacentTitle"));
    m_adjacentTime = makeLabel(this, QStringLiteral("adjacentTime"));
    m_adjacentAddresses = makeLabel(this, QStringLiteral("adjacentAddresses"));
    m_paddedTitle = makeLabel(this, QStringLiteral("paddedTitle"));
    m_paddedTime = makeLabel(this, QStringLiteral("paddedTime"));
    m_paddedAddresses = makeLabel(this, QStringLiteral("paddedAddresses"));
    m_ratio = makeLabel(this, QStringLiteral("falseSharingRatio"));
    m_ratio->setStyleSheet(QStringLiteral("color: #D55E00;"));
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("falseSharingExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_adjacentTitle, 0, 0);
    grid->addWidget(m_adjacentTime, 1, 0);
    grid->addWidget(m_adjacentAddresses, 2, 0);
    grid->addWidget(m_ratio, 0, 1, 3, 1);
    grid->addWidget(m_paddedTitle, 0, 2);
    grid->addWidget(m_paddedTime, 1, 2);
    grid->addWidget(m_paddedAddresses, 2, 2);
    grid->addWidget(m_explanation, 3, 0, 1, 3);
    grid->setRowStretch(4, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 2);
    applyFonts();
    retranslate();
}

FalseSharingWidget::~FalseSharingWidget() = default;

void FalseSharingWidget::applyFonts()
{
    const QFont base = font();
    for (QLabel *title : {m_adjacentTitle, m_paddedTitle})
        title->setFont(relativeFont(base, 1.4, true));
    for (QLabel *time : {m_adjacentTime, m_paddedTime})
        time->setFont(relativeFont(base, 3.0, true));
    m_ratio->setFont(relativeFont(base, 4.5, true));
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (base.pointSizeF() > 0)
        fixed.setPointSizeF(base.pointSizeF());
    else
        fixed.setPixelSize(base.pixelSize());
    m_adjacentAddresses->setFont(fixed);
    m_paddedAddresses->setFont(fixed);
    m_explanation->setFont(relativeFont(base, 1.1, false));
}

void FalseSharingWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

void FalseSharingWidget::clear()
{
    m_results.clear();
    refresh();
}

void FalseSharingWidget::addResult(const Core::FalseSharingResult &result)
{
    m_results.append(result);
    refresh();
}

double FalseSharingWidget::ratio() const
{
    const Core::FalseSharingResult *adjacent = nullptr;
    const Core::FalseSharingResult *padded = nullptr;
    for (const Core::FalseSharingResult &result : m_results)
        (result.padded ? padded : adjacent) = &result;
    if (!adjacent || !padded || !adjacent->ok || !padded->ok || padded->seconds <= 0)
        return 0;
    return adjacent->seconds / padded->seconds;
}

void FalseSharingWidget::retranslate()
{
    m_adjacentTitle->setText(tr("Adjacent counters (one cache line)"));
    m_paddedTitle->setText(tr("Counters on separate cache lines"));
    refresh();
}

QString FalseSharingWidget::addressText(const Core::FalseSharingResult &result) const
{
    if (result.counterAddresses.isEmpty())
        return {};
    QStringList lines;
    const quintptr base = result.counterAddresses.constFirst();
    for (int i = 0; i < result.counterAddresses.size(); ++i) {
        const quintptr address = result.counterAddresses.at(i);
        lines.append(
            tr("thread %1: 0x%2  line %3")
                .arg(i + 1)
                .arg(address, 0, 16)
                .arg(qint64(address / Core::FalseSharing::LineBytes) - qint64(base / Core::FalseSharing::LineBytes)));
    }
    lines.append(tr("%1 bytes apart").arg(result.strideBytes));
    return lines.join(QLatin1Char('\n'));
}

void FalseSharingWidget::refresh()
{
    m_adjacentTime->setText(tr("–"));
    m_paddedTime->setText(tr("–"));
    m_adjacentAddresses->clear();
    m_paddedAddresses->clear();
    m_ratio->clear();
    for (const Core::FalseSharingResult &result : std::as_const(m_results)) {
        QLabel *time = result.padded ? m_paddedTime : m_adjacentTime;
        time->setText(result.ok ? tr("%1 s").arg(QLocale().toString(result.seconds, 'f', 3)) : tr("failed"));
        (result.padded ? m_paddedAddresses : m_adjacentAddresses)->setText(addressText(result));
    }
    const double r = ratio();
    if (r <= 0) {
        m_explanation->setText(
            m_results.isEmpty()
                ? tr("Two threads each add 1 to <b>their own</b> counter millions of times. Nothing is shared in the "
                     "program. Run the experiment to see what the hardware makes of it.")
                : QString());
        return;
    }
    m_ratio->setText(tr("%1×").arg(QLocale().toString(r, 'f', 1)));
    const Core::FalseSharingResult &first = m_results.constFirst();
    const QString setup = tr("%n threads each add 1 to their own counter %L1 times.", nullptr, first.threads)
                              .arg(first.incrementsPerThread);
    QString reading;
    if (r >= 1.5) {
        reading = tr("With the counters 8 bytes apart the run took <b>%1×</b> as long. They sit in one 64-byte "
                     "cache line, and a core must own the whole line to write to it: every write pulls the line "
                     "away from the other core (it ping-pongs between the caches). 128 bytes apart, each core keeps "
                     "its own line. Nothing is shared in the program, the hardware shares the line: that is "
                     "<b>false sharing</b>. The cure is padding (alignas(128)) or per-thread data combined at the "
                     "end.")
                      .arg(QLocale().toString(r, 'f', 1));
    } else {
        reading = tr("Here the difference is small (%1×). The line only bounces when the threads run <i>at the "
                     "same time</i> on cores with separate L1 caches. On a busy machine the threads may have taken "
                     "turns; on a virtual machine the two CPUs may be hardware threads of one physical core, which "
                     "share one L1 cache, so no line has to move. Run it again when the machine is idle, or with "
                     "more increments.")
                      .arg(QLocale().toString(r, 'f', 1));
    }
    if (first.threads > QThread::idealThreadCount())
        reading += tr(" Note: %n threads on %1 logical CPUs cannot all run at once.", nullptr, first.threads)
                       .arg(QThread::idealThreadCount());
    m_explanation->setText(setup.toHtmlEscaped() + QLatin1Char(' ') + reading);
}

} // namespace Lab::Gui
