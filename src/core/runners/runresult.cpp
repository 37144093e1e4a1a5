// SPDX-License-Identifier: GPL-3.0-or-later
#include "runresult.h"

namespace {
// RunResult travels through queued connections between worker threads and the GUI thread.
const int RunResultMetaType = qRegisterMetaType<Lab::Core::RunResult>();
} // namespace
