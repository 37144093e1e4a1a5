// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagegenerator.h"

#include <QColor>
#include <QtEndian>

#include <array>
#include <cstring>
#include <zlib.h>

namespace Lab::Core {

namespace {

// Segments a..g of a seven-segment digit, as in the usual layout (a top, g middle, d bottom).
constexpr std::array<quint8, 10> DigitSegments = {0x3F, 0x06, 0x5B, 0x4F, 0x66, 0x6D, 0x7D, 0x07, 0x7F, 0x6F};

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
    const quint8 on = DigitSegments[size_t(digit)];
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

// CRC-32 tables for slicing by 8: table[k][b] is the CRC of byte b followed by k zero bytes. Eight
// bytes per step instead of one: the 64 KiB padding of an image is checksummed about 8 times faster.
using CrcTables = std::array<std::array<quint32, 256>, 8>;

const CrcTables &crcTables()
{
    static const CrcTables tables = [] {
        CrcTables t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[0][n] = c;
        }
        for (quint32 n = 0; n < 256; ++n) {
            for (size_t k = 1; k < 8; ++k)
                t[k][n] = t[0][t[k - 1][n] & 0xFF] ^ (t[k - 1][n] >> 8);
        }
        return t;
    }();
    return tables;
}

// Continues a CRC (pre- and post-inverted as in zlib's crc32()) over `size` bytes.
quint32 crcUpdate(quint32 crc, const char *data, qsizetype size)
{
    const CrcTables &t = crcTables();
    quint32 c = ~crc;
    const auto *p = reinterpret_cast<const uchar *>(data);
    for (; size >= 8; size -= 8, p += 8) {
        const quint32 low = c ^ (quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24);
        c = t[7][low & 0xFF] ^ t[6][(low >> 8) & 0xFF] ^ t[5][(low >> 16) & 0xFF] ^ t[4][low >> 24] ^ t[3][p[4]] ^
            t[2][p[5]] ^ t[1][p[6]] ^ t[0][p[7]];
    }
    for (; size > 0; --size, ++p)
        c = t[0][(c ^ *p) & 0xFF] ^ (c >> 8);
    return ~c;
}

// Appends a PNG chunk: length, type, payload, CRC of type and payload.
void appendChunk(QByteArray &out, const char type[4], QByteArrayView payload)
{
    char word[4];
    qToBigEndian<quint32>(quint32(payload.size()), word);
    out.append(word, 4);
    const qsizetype typed = out.size();
    out.append(type, 4);
    out.append(payload);
    qToBigEndian<quint32>(crcUpdate(0, out.constData() + typed, out.size() - typed), word);
    out.append(word, 4);
}

} // namespace

quint32 ImageGenerator::crc32(const QByteArray &data)
{
    return crcUpdate(0, data.constData(), data.size());
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
    // Diagonal stripes: pixel (col, row) is Dark when ((col + row) / stripe) is odd, so every row is
    // the same pattern shifted by one; copy each row out of one pattern line (no division per pixel).
    const int stripe = 6 + index % 7;
    std::array<uchar, Width + 2 * 12> pattern{}; // stripe <= 12: every row offset (< 2 * stripe) fits
    for (int i = 0; i < int(pattern.size()); ++i)
        pattern[size_t(i)] = (i / stripe) % 2 ? Dark : Light;
    for (int row = 0; row < Height; ++row)
        std::memcpy(image.scanLine(row), pattern.data() + row % (2 * stripe), Width);

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
    // Written here rather than by QImageWriter (libpng, 8 bits a pixel): the four colours packed at
    // 2 bits a pixel are a quarter of the rows to compress, and the file is built in one buffer.
    // The server makes an image per request on a cold cache, so this cost is per request (D2).
    const QImage picture = image(index);
    constexpr int RowBytes = Width / 4;
    static_assert(Width % 4 == 0);
    QByteArray rows(qsizetype(RowBytes + 1) * Height, Qt::Uninitialized);
    char *out = rows.data();
    for (int row = 0; row < Height; ++row) {
        const uchar *line = picture.constScanLine(row);
        *out++ = 0; // filter type None
        for (int col = 0; col < Width; col += 4)
            *out++ = char(line[col] << 6 | line[col + 1] << 4 | line[col + 2] << 2 | line[col + 3]);
    }
    // Level 1 with the least memory (memLevel 1): setting up zlib's default 256 KiB state cost more
    // than compressing these 4.9 KB (0.1 ms against 0.01 ms), and compression is pointless here,
    // the file is padded to the target size anyway.
    QByteArray compressed(qsizetype(compressBound(uLong(rows.size()))), Qt::Uninitialized);
    z_stream stream{};
    if (deflateInit2(&stream, 1, Z_DEFLATED, 15, 1, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("zlib: deflateInit2 failed (out of memory)");
    stream.next_in = reinterpret_cast<Bytef *>(rows.data());
    stream.avail_in = uInt(rows.size());
    stream.next_out = reinterpret_cast<Bytef *>(compressed.data());
    stream.avail_out = uInt(compressed.size());
    const int status = deflate(&stream, Z_FINISH);
    const qsizetype compressedSize = qsizetype(stream.total_out);
    deflateEnd(&stream);
    Q_ASSERT(status == Z_STREAM_END); // compressBound() is always enough
    Q_UNUSED(status);
    const QByteArrayView idat(compressed.constData(), compressedSize);

    char header[13];
    qToBigEndian<quint32>(Width, header);
    qToBigEndian<quint32>(Height, header + 4);
    header[8] = 2;  // bits per pixel
    header[9] = 3;  // colour type: palette
    header[10] = 0; // deflate
    header[11] = 0; // adaptive filtering (every row uses None)
    header[12] = 0; // not interlaced
    char palette[4 * 3];
    const QList<QRgb> colours = picture.colorTable();
    for (int i = 0; i < 4; ++i) {
        palette[3 * i] = char(qRed(colours.at(i)));
        palette[3 * i + 1] = char(qGreen(colours.at(i)));
        palette[3 * i + 2] = char(qBlue(colours.at(i)));
    }
    char physical[9]; // 3780 pixels per metre (96 dpi) both ways, so viewers show it at its size
    qToBigEndian<quint32>(quint32(picture.dotsPerMeterX()), physical);
    qToBigEndian<quint32>(quint32(picture.dotsPerMeterY()), physical + 4);
    physical[8] = 1; // the unit is the metre

    static constexpr char signature[] = "\x89PNG\r\n\x1a\n";
    static constexpr char keyword[] = "Comment";
    constexpr qint64 keywordSize = sizeof keyword; // with its NUL
    const qint64 plainSize = 8 + (12 + 13) + (12 + 12) + (12 + 9) + (12 + idat.size()) + 12;
    // A tEXt chunk costs 12 bytes of framing plus its keyword and NUL; it goes just before IEND,
    // where decoders skip it.
    const qint64 paddingText = targetBytes - plainSize - 12 - keywordSize;

    QByteArray bytes;
    bytes.reserve(qMax(plainSize, targetBytes));
    bytes.append(signature, 8);
    appendChunk(bytes, "IHDR", {header, 13});
    appendChunk(bytes, "PLTE", {palette, 12});
    appendChunk(bytes, "pHYs", {physical, 9});
    appendChunk(bytes, "IDAT", idat);
    if (paddingText >= 0) {
        char length[4];
        qToBigEndian<quint32>(quint32(keywordSize + paddingText), length);
        bytes.append(length, 4);
        const qsizetype typed = bytes.size(); // the CRC covers the type and the payload
        bytes.append("tEXt", 4);
        bytes.append(keyword, keywordSize);
        bytes.append(QByteArray::size_type(paddingText), 'x');
        char crc[4];
        qToBigEndian<quint32>(crcUpdate(0, bytes.constData() + typed, bytes.size() - typed), crc);
        bytes.append(crc, 4);
    }
    appendChunk(bytes, "IEND", {});
    return bytes;
}

} // namespace Lab::Core
