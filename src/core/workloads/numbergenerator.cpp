// SPDX-License-Identifier: GPL-3.0-or-later
#include "numbergenerator.h"

#include <random>

namespace Lab::Core {

QList<quint64> generateNumbers(qint64 count, quint64 min, quint64 max, quint64 seed)
{
    QList<quint64> numbers;
    if (count <= 0 || min > max)
        return numbers;
    numbers.reserve(count);
    std::mt19937_64 engine(seed);
    const quint64 span = max - min;
    if (span == ~quint64(0)) {
        for (qint64 i = 0; i < count; ++i)
            numbers.append(engine());
        return numbers;
    }
    const quint64 bound = span + 1;
    const quint64 threshold = (0 - bound) % bound;
    for (qint64 i = 0; i < count; ++i) {
        quint64 x = engine();
        while (x < threshold)
            x = engine();
        numbers.append(min + x % bound);
    }
    return numbers;
}

} // namespace Lab::Core
