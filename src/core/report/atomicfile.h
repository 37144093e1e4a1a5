// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Lab::Core {

// Writes `data` to `path` all or nothing (QSaveFile: a temporary file beside the target, renamed
// over it only after every byte was written and flushed). On failure returns false, leaves any
// existing file untouched and no temporary behind, and sets *error to one line naming the path
// and the reason ("No space left on device", "Permission denied", "the folder does not exist").
// A path that exists but is not a regular file (a folder, /dev/full, a pipe) is refused: replacing
// a device node with a regular file is never what a user meant.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace Lab::Core
