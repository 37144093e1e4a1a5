// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Lab::Core {

// Parses a Linux cpulist ("0-3,8-11", "0", or empty)
// into sorted, distinct CPU numbers. Whitespace and a trailing newline are ignored. Returns false
// (and leaves *cpus empty) on a malformed list, so a damaged file is not mistaken for CPU 0.
bool parseCpuList(const QString &text, QList<int> *cpus);

// The same, for callers that treat a malformed list like an empty one.
QList<int> parseCpuList(const QString &text);

// The inverse: sorted CPU numbers as the kernel writes them ("0-3,8-11").
QString formatCpuList(QList<int> cpus);

} // namespace Lab::Core
