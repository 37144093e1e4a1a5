// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Lab::Worker {

// `concurrency-lab-worker fork-demo [--hold-ms N]` (issue 7.4): forks; the child reports its pid,
// its parent's pid and what it sees of a variable through a pipe; the parent waits for the child
// (no zombie) and prints one JSON object on stdout:
//   {"mode":"fork-demo","parent_pid","parent_parent_pid","fork_returned","child_pid","child_parent_pid",
//    "variable_before_fork","variable_in_child","variable_in_parent_after","variable_address_parent",
//    "variable_address_child","child_exit_code","child_reaped","hold_ms"}
// The variable has the same virtual address in both processes but different values: the child
// got a copy of the address space. --hold-ms keeps the child alive (0..600000) so a monitor can see
// the tree; the child dies with the parent (PR_SET_PDEATHSIG). Plain C++ (the worker links no Qt).
// Exit codes: 0, 1 (fork or pipe failed; message on stderr), 2 (bad arguments).
// `arguments` are the words after the mode.
int runForkDemo(int count, char **arguments);

} // namespace Lab::Worker
