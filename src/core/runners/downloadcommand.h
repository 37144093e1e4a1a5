// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Lab::Core {

// `concurrency-lab run download ...` (DESIGN.md): benchmarks the download strategies against the
// embedded image server (default) or the URLs of --urls FILE, prints a summary, writes the result
// JSON/CSV/Markdown, saves the files with --save-dir. Exit 0, 1 when any item failed, 2 for bad options.
int runDownloadCommand(const QStringList &arguments);
QString downloadSynopsis();

} // namespace Lab::Core
