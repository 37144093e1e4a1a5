// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

namespace Lab::Core {

// The factorization lab's seeded workload: `count` integers uniformly distributed in [min, max]
// (any quint64 range, including the full one).
//
// The algorithm is fixed so that a seed names the same numbers in every run, build and strategy,
// and so that the Python reference can be fed exactly these numbers:
//   engine = std::mt19937_64(seed)            (fully specified by the C++ standard)
//   span = max - min
//   if span == 2^64 - 1: value = engine()
//   else: bound = span + 1; draw x = engine() until x >= (2^64 - bound) mod bound; value = min + x mod bound
// (rejection sampling as in OpenBSD's arc4random_uniform: unbiased, unlike a bare modulo, and
// unlike std::uniform_int_distribution its output does not depend on the standard library.)
QList<quint64> generateNumbers(qint64 count, quint64 min, quint64 max, quint64 seed);

} // namespace Lab::Core
