// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagegenerator.h"

#include <QBuffer>
#include <QColor>
#include <QImageWriter>
#include <QtEndian>

#include <array>

namespace Lab::Core {

namespace {

// Segments a..g of a seven-segment digit, as in the usual layout (a top, g middle, d bottom).
constexpr std::array<quint8, 10> s_segments = {0x3F, 0x06, 0x5B, 0x4F, 0x66, 0x6D, 0x7D, 0x07, 0x7F, 0x6F};

void fillRect(QImage &image, int x, int y, int w, int h, uchar colour)
{
    const int x0 = qMax(0, x), y0 = qMax(0, y);
    const int x1 = qMin(image.width(), x + w), y1 = qMin(image.height(), y + h);
    for (int row = y0; row < y1; ++row) {
        uchar *line = image.scanLine(row);
        for (int col = x0; col < x1; ++col)
            line[col] = colour;
    }
}

void drawDigit(QImage &image, int digit, int x, int y, int w, int h, int t, uchar colour)
{
    const quint8 on = s_segments[size_t(digit)];
    const int half = h / 2;
    if (on & 0x01)
        fillRect(image, x, y, w, t, colour); // a
    if (on & 0x02)
        fillRect(image, x + w - t, y, t, half + t / 2, colour); // b
    if (on & 0x04)
        fillRect(image, x + w - t, y + half - t / 2, t, h - half + t / 2, colour); // c
    if (on & 0x08)
        fillRect(image, x, y + h - t, w, t, colour); // d
    if (on & 0x10)
        fillRect(image, x, y + half - t / 2, t, h - half + t / 2, colour); // e
    if (on & 0x20)
        fillRect(image, x, y, t, half + t / 2, colour); // f
    if (on & 0x40)
        fillRect(image, x, y + half - t / 2, w, t, colour); // g
}

QByteArray chunk(const char type[4], const QByteArray &payload)
{
    QByteArray out;
    out.reserve(payload.size() + 12);
    char length[4];
    qToBigEndian<quint32>(quint32(payload.size()), length);
    out.append(length, 4);
    QByteArray typed(type, 4);
    typed.append(payload);
    out.append(typed);
    char crc[4];
    qToBigEndian<quint32>(ImageGenerator::crc32(typed), crc);
    out.append(crc, 4);
    return out;
}

} // namespace

quint32 ImageGenerator::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : data)
        c = table[(c ^ quint8(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QImage ImageGenerator::image(int index)
{
    index = qBound(0, index, 999999);
    // A four-colour palette image: cheap to draw and to encode.
    enum : uchar
    {
        Light,
        Dark,
        Box,
        Ink
    };
    QImage image(Width, Height, QImage::Format_Indexed8);
    // QImage's default resolution depends on the platform plugin; fix it so every process makes
    // byte-identical files (96 dpi).
    image.setDotsPerMeterX(3780);
    image.setDotsPerMeterY(3780);
    // The golden angle spreads neighbouring indices far apart on the colour wheel.
    const int hue = int(qint64(index) * 137508 / 1000 % 360);
    image.setColorTable({QColor::fromHsv(hue, 110, 235).rgb(), QColor::fromHsv(hue, 200, 150).rgb(),
                         qRgb(250, 250, 250), qRgb(30, 30, 30)});
    const int stripe = 6 + index % 7;
    for (int row = 0; row < Height; ++row) {
        uchar *line = image.scanLine(row);
        for (int col = 0; col < Width; ++col)
            line[col] = ((col + row) / stripe) % 2 ? Dark : Light;
    }

    const QString digits = QString::number(index);
    const int count = int(digits.size());
    const int digitW = count <= 3 ? 26 : 18, digitH = count <= 3 ? 48 : 36, gap = 6, thick = count <= 3 ? 6 : 4;
    const int textW = count * digitW + (count - 1) * gap;
    const int boxX = (Width - textW) / 2 - 10, boxY = (Height - digitH) / 2 - 10;
    fillRect(image, boxX, boxY, textW + 20, digitH + 20, Box);
    for (int i = 0; i < count; ++i) {
        const int digit = digits.at(i).digitValue();
        drawDigit(image, digit, boxX + 10 + i * (digitW + gap), boxY + 10, digitW, digitH, thick, Ink);
    }
    return image;
}

QByteArray ImageGenerator::png(int index, qint64 targetBytes)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        // zlib level 1: several times faster than the default level, and compression is pointless
        // here, the file is padded to the target size anyway.
        writer.setQuality(80);
        writer.write(image(index));
    }
    // A tEXt chunk costs 12 bytes of framing plus its keyword and NUL; it goes just before IEND
    // (the last 12 bytes), where decoders skip it.
    static const QByteArray keyword = QByteArrayLiteral("Comment");
    const qint64 overhead = 12 + keyword.size() + 1;
    const qint64 missing = targetBytes - bytes.size();
    if (missing < overhead || bytes.size() < 12)
        return bytes;
    QByteArray text = keyword;
    text.append('\0');
    text.append(QByteArray(missing - overhead, 'x'));
    bytes.insert(bytes.size() - 12, chunk("tEXt", text));
    return bytes;
}

} // namespace Lab::Core
