// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment.h"

namespace Lab::Gui {

Experiment::Experiment(QWidget *parent)
    : QWidget(parent)
{}

Experiment::~Experiment() = default;

QStringList Experiment::parameterNames() const
{
    return {};
}

bool Experiment::setParameter(const QString &key, const QString &value, QString *error)
{
    Q_UNUSED(value)
    if (error) {
        const QStringList names = parameterNames();
        *error = names.isEmpty()
                     ? QStringLiteral("--set %1: this experiment has no settings").arg(key)
                     : QStringLiteral("--set %1: must be one of %2").arg(key, names.join(QStringLiteral(", ")));
    }
    return false;
}

void Experiment::showReplay(const ReplayFrame *frame)
{
    Q_UNUSED(frame)
}

} // namespace Lab::Gui
