// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Lab::Core {

// Reads a file the user names as input (--input, --urls, chart's RESULT.json) with a stated limit:
// at most `maxBytes` are ever read, so /dev/zero, a FIFO that never ends or a huge file is refused
// with one message instead of growing until bad_alloc.
class InputFile final
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Core::InputFile)

public:
    static constexpr qint64 MaxUrlListBytes = 16ll * 1000 * 1000;     // 10,000 URLs of up to 1,600 bytes
    static constexpr qint64 MaxNumberListBytes = 256ll * 1000 * 1000; // 10^7 numbers of 20 digits and more
    static constexpr qint64 MaxResultBytes = 64ll * 1000 * 1000;      // a result JSON with every error listed

    // The file's bytes, or nothing with *error saying why, without the path: "is a folder",
    // "No such file or directory", "holds more than 16 MB (the most this input may hold)".
    static std::optional<QByteArray> read(const QString &path, qint64 maxBytes, QString *error);
};

} // namespace Lab::Core
