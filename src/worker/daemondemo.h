// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Lab::Worker {

// `concurrency-lab-worker daemon-demo [--run-ms N] [--beat-ms N] [--work-ms N]` (issue 7.4).
// Starts a heartbeat "daemon" thread (demo-daemon, detached, never joined) and a standard worker
// thread (demo-worker, joined), and prints one JSON object per line:
//   {"event":"start","pid","daemon_tid","worker_tid","t_ms"}
//   {"event":"beat","n","tid","t_ms"}                     daemon, every --beat-ms
//   {"event":"progress","done","total","tid","t_ms"}      worker, 10 steps over --work-ms
//   {"event":"worker-done","tid","t_ms"}
//   {"event":"end-of-program","waiting_for":["demo-worker"],"abandoning":["demo-daemon"],"t_ms"}
//   {"event":"exiting","daemon_beats","daemon_alive":true,"worker_finished":true,"t_ms"}
//   (daemon_alive: its task still exists in /proc at that moment)
// "End of program" comes after --run-ms (> 0), or with --run-ms 0 (the default) when stdin
// reaches end of file or reads a line "end". With --run-ms 0 the main thread also answers requests
// on stdin (issue 13): "ping" -> {"event":"pong","n","tid","t_ms"}; "crash" -> a thread "demo-crash"
// prints {"event":"crashing","signal":"SIGSEGV","tid","t_ms"} and writes through a null pointer, so
// the kernel ends the whole process with SIGSEGV (no core file). The program then joins the worker and ends the
// process with _exit() while the daemon is still in its loop: like CPython's daemon threads it is
// stopped wherever it is, without running any clean-up. Plain C++ (the worker links no Qt).
// `arguments` are the words after the mode.
int runDaemonDemo(int count, char **arguments);

} // namespace Lab::Worker
