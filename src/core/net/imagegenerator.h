// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>

namespace Lab::Core {

// Makes the embedded server's images: a real PNG per index (a coloured stripe pattern with the index
// drawn as seven-segment digits), padded to a chosen size with a PNG text chunk so every decoder
// still reads it. Pure functions, safe to call from any thread. Draws pixels directly instead of
// using QPainter: text and QPainter want a QGuiApplication, and the server also runs headless.
class ImageGenerator final
{
public:
    static constexpr int Width = 160;
    static constexpr int Height = 120;

    // The picture for `index` (0 .. 999999), without encoding.
    static QImage image(int index);
    // PNG bytes of image(index), at least `targetBytes` long (exactly that long when the plain PNG
    // is smaller than the target).
    static QByteArray png(int index, qint64 targetBytes);
    // The CRC-32 that PNG chunks carry (ISO 3309 / zlib polynomial).
    static quint32 crc32(const QByteArray &data);
};

} // namespace Lab::Core
