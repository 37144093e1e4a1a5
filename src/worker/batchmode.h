// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Lab::Worker {

// `concurrency-lab-worker batch`: the lab's process strategy talks to workers in this mode with the
// line protocol of Lab::Core::FactorBatchProtocol. One reply per request, flushed at once; the
// worker exits 0 when stdin closes and never exits on a malformed request (it answers "E ...").
class BatchMode final
{
public:
    int run();
};

} // namespace Lab::Worker
