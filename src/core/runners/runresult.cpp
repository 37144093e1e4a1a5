// SPDX-License-Identifier: GPL-3.0-or-later
#include "runresult.h"

namespace {
// RunResult travels through queued connections between worker threads and the GUI thread.
const int s_runResultType = qRegisterMetaType<Lab::Core::RunResult>();
} // namespace
