// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

namespace Lab::Core {

// Writes `data` to `path` all or nothing (QSaveFile: a temporary file beside the target, renamed
// over it only after every byte was written and flushed). On failure returns false, leaves any
// existing file untouched and no temporary behind, and sets *error to one line naming the path
// and the reason ("No space left on device", "Permission denied", "the folder does not exist").
// A path that exists but is not a regular file (a folder, /dev/full, a pipe) is refused: replacing
// a device node with a regular file is never what a user meant.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

// The same, for output too large to build in memory first (a trace of hundreds of thousands of
// events): `produce` is called once with a sink and writes its output through it in pieces; the sink
// returns false once a write has failed (produce should then stop). Nothing replaces `path` unless
// produce returns true and every piece was written and committed.
using AtomicFileSink = std::function<bool(QByteArrayView)>;
bool writeFileAtomically(const QString &path, const std::function<bool(const AtomicFileSink &)> &produce,
                         QString *error);

} // namespace Lab::Core
