// SPDX-License-Identifier: GPL-3.0-or-later
#include "labresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initLabResources()
{
    Q_INIT_RESOURCE(lab);
    Q_INIT_RESOURCE(topics);
}

namespace Lab::Gui {

void initResources()
{
    static const bool once = (initLabResources(), true);
    Q_UNUSED(once)
}

} // namespace Lab::Gui
