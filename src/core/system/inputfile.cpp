// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace Lab::Core {

std::optional<QByteArray> InputFile::read(const QString &path, qint64 maxBytes, QString *error)
{
    if (QFileInfo(path).isDir()) {
        *error = tr("is a folder");
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString(); // "No such file or directory", "Permission denied"
        return std::nullopt;
    }
    const QString limit = QLocale::c().formattedDataSize(maxBytes, 0, QLocale::DataSizeSIFormat);
    // size() is 0 for devices and pipes: read up to one byte past the limit to know.
    if (file.size() > maxBytes) {
        *error = tr("holds more than %1 (the most this input may hold)").arg(limit);
        return std::nullopt;
    }
    QByteArray data;
    constexpr qint64 block = 1 << 20;
    while (data.size() <= maxBytes) {
        const qsizetype before = data.size();
        data.resize(before + qsizetype(std::min<qint64>(block, maxBytes + 1 - before)));
        const qint64 got = file.read(data.data() + before, data.size() - before);
        if (got < 0) {
            *error = tr("cannot be read: %1").arg(file.errorString());
            return std::nullopt;
        }
        data.resize(before + got);
        if (got == 0)
            break;
    }
    if (data.size() > maxBytes) {
        *error = tr("holds more than %1 (the most this input may hold)").arg(limit);
        return std::nullopt;
    }
    return data;
}

} // namespace Lab::Core
