// SPDX-License-Identifier: GPL-3.0-or-later
#include "factorchecksum.h"

namespace Lab::Core {

quint64 FactorChecksum::fnv1a(QByteArrayView bytes)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (char c : bytes) {
        hash ^= quint8(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

void FactorChecksum::add(quint64 n, const Factors &factors)
{
    char line[MaxFactorLine];
    const int length = formatFactorLine(n, factors, line);
    addLine(QByteArrayView(line, length));
}

QString FactorChecksum::toHex(quint64 value)
{
    return QStringLiteral("%1").arg(value, 16, 16, QLatin1Char('0'));
}

} // namespace Lab::Core
