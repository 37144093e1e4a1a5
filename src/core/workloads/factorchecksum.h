// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "factorizer.h"

#include <QByteArrayView>
#include <QString>

namespace Lab::Core {

// An order-independent fingerprint of a set of factorizations, so that strategies that process
// the numbers in different orders (threads, processes, Python) can be shown to agree:
// the sum modulo 2^64 of the 64-bit FNV-1a hashes of each GNU factor line without its newline
// ("12: 2 2 3"). Written as 16 lowercase hex digits.
class FactorChecksum final
{
public:
    void addLine(QByteArrayView line) { m_value += fnv1a(line); }
    void add(quint64 n, const Factors &factors);
    void merge(const FactorChecksum &other) { m_value += other.m_value; }
    void mergeValue(quint64 value) { m_value += value; }

    quint64 value() const { return m_value; }
    QString toString() const { return toHex(m_value); }

    static QString toHex(quint64 value);
    static quint64 fnv1a(QByteArrayView bytes);

private:
    quint64 m_value = 0;
};

} // namespace Lab::Core
