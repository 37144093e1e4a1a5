// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "factorizer.h"

#include <QList>

namespace Lab::Core {

// What every factorization strategy computes: the same numbers with the same algorithm.
// Shared read-only between a runner and its threads (std::shared_ptr<const FactorWorkload>).
struct FactorWorkload
{
    QList<quint64> numbers;
    FactorAlgorithm algorithm = FactorAlgorithm::Naive;
    bool keepLines = false; // also collect GNU factor's lines in input order (for --factors FILE)
};

} // namespace Lab::Core
