// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/parameterschema.h"

namespace Lab::Core {

class Benchmark;

// The shared-counter race as a benchmark, as `run race` and the locks panel run it. Its parameters,
// declared once (the command's options and --help, and the panel's controls, come from this):
//   threads 1..64 (4), increments 1..100000000 (100000), sync none,mutex,atomic,rlock (all),
//   warmup 0..100 (1), runs 1..100 (3)
const ParameterSchema &raceSchema();

// Sets up `benchmark` (experiment "race", parameters, one case per sync mode, RaceRunner) from
// values of raceSchema().
void setUpRaceBenchmark(Benchmark &benchmark, const ParameterValues &values);

} // namespace Lab::Core
