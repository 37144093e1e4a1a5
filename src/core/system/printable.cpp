// SPDX-License-Identifier: GPL-3.0-or-later
#include "printable.h"

#include <algorithm>

namespace Lab::Core {

bool isUnsafeToPrint(QChar c)
{
    const char16_t u = c.unicode();
    // U+202A..U+202E and U+2066..U+2069: embeddings, overrides and isolates ("Trojan Source").
    return c.category() == QChar::Other_Control || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
}

QString printable(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), isUnsafeToPrint))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (QChar c : text) {
        if (!isUnsafeToPrint(c)) {
            out.append(c);
            continue;
        }
        switch (c.unicode()) {
        case u'\n':
            out.append(QLatin1String("\\n"));
            break;
        case u'\r':
            out.append(QLatin1String("\\r"));
            break;
        case u'\t':
            out.append(QLatin1String("\\t"));
            break;
        default:
            out.append(c.unicode() < 0x100 ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                                           : QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
        }
    }
    return out;
}

} // namespace Lab::Core
