// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lab::Core {

// Text that came from outside (a file name, a URL, a line of an input file, a server's header), made
// safe to print on a terminal: control characters (newlines, ESC and its terminal sequences, C1
// codes, DEL) and the bidirectional overrides that can make text read differently from what it is
// become visible escapes ("\n", "\x1b", "\u202e"). Everything else is kept.
QString printable(const QString &text);

// Whether `c` is one of the characters printable() escapes.
bool isUnsafeToPrint(QChar c);

} // namespace Lab::Core
