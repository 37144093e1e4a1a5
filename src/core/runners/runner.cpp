// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner.h"

namespace Lab::Core {

void Runner::finish(const RunResult &result)
{
    m_running = false;
    emit finished(result);
}

} // namespace Lab::Core
