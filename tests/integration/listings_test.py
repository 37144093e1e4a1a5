#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs every Python listing of the Code tabs (resources/code/*.py) and checks that each prints the
outcome its lesson claims, from the listing's final "RESULT key=value ..." line and its output.

    python3 tests/integration/listings_test.py [BIN_DIR]

BIN_DIR is the folder with concurrency-lab: downloads.py runs against `concurrency-lab serve`
started here on a free port; without it that check is skipped with a message. Every listing gets
60 s (and should need far less than 30 s). Standard library only. The last line printed is
"N passed, N failed"; the exit code is 0 when nothing failed.
"""

import ast
import os
import queue
import re
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CODE_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "resources", "code"))
TIMEOUT_S = 60
EXPECTED_MAX_S = 30


class Failure(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Failure(message)


def result_line(output):
    """The values of the last 'RESULT k=v k=v ...' line (values may be quoted with '...')."""
    lines = [line for line in output.splitlines() if line.startswith("RESULT ")]
    expect(lines, "no RESULT line")
    values = {}
    for key, value in re.findall(r"(\w+)=('[^']*'|\S+)", lines[-1]):
        values[key] = value.strip("'")
    return values


def number(values, key):
    expect(key in values, f"RESULT has no {key}")
    try:
        return float(values[key])
    except ValueError:
        raise Failure(f"RESULT {key}={values[key]} is not a number") from None


class OtherLoad:
    """How many CPUs other programs kept busy while a listing ran: the machine's busy time from
    /proc/stat minus the CPU time of the listing (and its reaped children), over the wall time."""

    def __init__(self):
        self.start = self.sample()

    @staticmethod
    def sample():
        try:
            with open("/proc/stat") as f:
                fields = [int(x) for x in f.readline().split()[1:9]]
        except (OSError, ValueError):
            return None
        busy = sum(fields) - fields[3] - fields[4]           # all but idle and iowait
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return busy / os.sysconf("SC_CLK_TCK"), children.ru_utime + children.ru_stime, time.monotonic()

    def cpus(self):
        end = self.sample()
        if self.start is None or end is None or end[2] <= self.start[2]:
            return None
        machine, ours, wall = (b - a for a, b in zip(self.start, end))
        return max(0.0, (machine - ours) / wall)


# ---------------------------------------------------------------------------------------------
# One check per listing: (output, RESULT values) -> raises Failure. Notes go to the log.

def check_threads(out, r, notes):
    expect(number(r, "lost_updates_without_lock") > 0, "no lost updates without the lock")
    expect(number(r, "with_lock") == 0, f"{r['with_lock']} lost updates with the lock")


def check_processes(out, r, notes):
    expect(r.get("worker_exitcodes") == "0,-11,0",
           f"worker exit codes {r.get('worker_exitcodes')}, expected 0,-11,0 (worker 2 crashes alone)")
    expect(r.get("other_program_exitcode") == "0", "the other program (subprocess) failed")
    expect(len(re.findall(r"^worker-[123]: pid \d+ ppid \d+ pgid \d+", out, re.M)) == 3,
           "not every worker printed its properties")
    blocked, in_thread = number(r, "loop_late_ms_blocked"), number(r, "loop_late_ms_thread")
    expect(blocked >= 1500, f"the event loop was only {blocked} ms late while blocked for 2 s")
    # The thread still competes for the GIL (and, on a busy machine, for a core): far less, not zero.
    expect(in_thread < blocked / 2, f"the event loop was {in_thread} ms late with the work in a thread, "
                                    f"{blocked} ms with the work on the loop")


def check_starting_threads(out, r, notes):
    expect(len(re.findall(r"^hello from start-subclass \d+$", out, re.M)) == 1,
           "the subclassed thread's line is missing, or the forked child printed it again")
    expect(re.search(r"^hello from Thread-1 \(work\) \d+$", out, re.M),
           "the target thread did not run under its default name 'Thread-1 (work)'")
    expect(len(re.findall(r"^hi from start-params \d+$", out, re.M)) == 2,
           "the thread built from every parameter did not run work('hi', times=2)")
    children = re.findall(r"^child \d+ parent \d+ variable (\d+)$", out, re.M)
    expect(children == ["42"], f"the forked child's line appeared {len(children)} times (expected once, 42)")
    expect(number(r, "fork_parent_variable") == 41, "the parent saw the child's change")
    expect(out.count("end of program") == 1 and "job done" in out
           and out.index("end of program") < out.index("job done"),
           "the interpreter did not wait for the normal thread after the end of the program")
    expect(r.get("normal_thread_finished") == "1", "the normal thread did not finish")
    expect(r.get("default_name") == "Thread-1 (work)", f"default name {r.get('default_name')}")
    expect(number(r, "beats_before_exit") >= 1, "the daemon heartbeat never ran")


def check_parallelism(out, r, notes, others):
    expect(r.get("units_done") == "all", "work was dropped")
    # The GIL: however many threads, at most one core computes. CPU time over wall time shows it
    # whatever else the machine is doing (speedups, ratios of two runs, do not).
    thread_cores = number(r, "max_thread_cores_busy")
    expect(thread_cores <= 1.25, f"CPU-bound threads kept {thread_cores} cores busy despite the GIL")
    # Processes run in parallel if the machine has cores to spare: checked only when other programs
    # left at least 1.5 CPUs free, on average, while the listing ran.
    cores = number(r, "cores")
    if others is None:
        notes.append("processes not checked: no /proc/stat")
    elif cores - others < 1.5:
        notes.append(f"processes not checked: other programs kept {others:.1f} of {cores:.0f} CPUs busy meanwhile")
    else:
        process_cores = number(r, "max_process_cores_busy")
        expect(process_cores >= 1.3, f"worker processes kept only {process_cores} cores busy on {cores:.0f} "
                                     f"CPUs (other programs used {others:.1f})")


def check_factorization(out, r, notes):
    expect(r.get("numbers") == "10000", f"numbers={r.get('numbers')}")
    expect(r.get("identical") == "1", "the pool's factors differ from the sequential ones")


def check_handling_threads(out, r, notes):
    expect("['MainThread', 'graceful-stop']" in out, "threading.enumerate() did not list both threads")
    expect(r.get("graceful_cleanup") == "1", "the thread did not clean up after the stop flag")
    expect(r.get("terminate_exitcode") == "-15", f"terminate(): exit code {r.get('terminate_exitcode')}")
    expect(r.get("kill_exitcode") == "-9", f"kill(): exit code {r.get('kill_exitcode')}")


def check_thread_lifecycle(out, r, notes):
    expect(r.get("alive") == "False,True,False", f"is_alive() gave {r.get('alive')}")
    expect(r.get("linux_states") == "R,S,R", f"Linux states {r.get('linux_states')}, expected R,S,R")


def check_concurrency(out, r, notes):
    expect(r.get("worker_cpus") == r.get("cpu"),
           f"worker threads ran on CPUs {r.get('worker_cpus')}, not only on the pinned CPU {r.get('cpu')}")
    io, cpu = number(r, "io_speedup_8"), number(r, "cpu_speedup_8")
    expect(io >= 3, f"the I/O-bound job sped up only {io}x with 8 threads on one core")
    # On an idle core this is ~1x. A busy machine lends 8 threads a larger share of the core than 1
    # (the scheduler shares per thread), so allow some gain, but far less than the I/O job's.
    expect(cpu < io / 2, f"the CPU-bound job sped up {cpu}x on one core, the I/O-bound one only {io}x")
    expect(number(r, "io_cpu_share") < 0.5, "the I/O-bound job kept the CPU busy")


def check_memory(out, r, notes):
    node_dir = "/sys/devices/system/node"
    nodes = ([d for d in os.listdir(node_dir) if d.startswith("node") and d[4:].isdigit()]
             if os.path.isdir(node_dir) else [])
    expect(number(r, "numa_nodes") == len(nodes), f"numa_nodes={r.get('numa_nodes')}, /sys lists {len(nodes)}")
    slowdown = number(r, "slowdown")
    expect(slowdown >= 1.3, f"a 64 MiB pointer chase was only {slowdown}x slower than a 16 KiB one")


def check_downloads(out, r, notes):
    expect(r.get("images_ok") == "40", f"images_ok={r.get('images_ok')}, expected 40 (4 strategies x 10)")
    times = {name: number(r, name) for name in ("sequential", "threads", "async", "pool")}
    for name in ("threads", "async", "pool"):
        expect(times[name] < times["sequential"],
               f"{name} ({times[name]} s) did not beat sequential ({times['sequential']} s)")


def check_locks(out, r, notes):
    expect(number(r, "lost_updates_without_lock") > 0, "no lost updates without the lock")
    expect(number(r, "with_lock") == 0, f"{r['with_lock']} lost updates with a lock per increment")
    expect(number(r, "whole_loop") == 0, f"{r['whole_loop']} lost updates with one lock around each loop")
    expect(r.get("rlock_holds") == "1,2,1,0",
           f"the RLock's hold count went {r.get('rlock_holds')}, expected 1,2,1,0 (deposit -> show_balance)")
    expect(number(r, "balance") == number(r, "expected_balance"),
           f"the RLock account ended at {r.get('balance')}, expected {r.get('expected_balance')}")
    expect(r.get("double_acquire") == "False", "a Lock acquired twice by one thread did not time out")
    expect(number(r, "waited_s") >= 0.45, f"the second acquire returned after {r['waited_s']} s, not after its timeout")
    expect(r.get("lock_released_by_other") == "1", "another thread could not release a Lock")
    expect(r.get("rlock_release_by_other") == "RuntimeError", "another thread released the RLock without RuntimeError")


def check_semaphores(out, r, notes):
    stock, permits = number(r, "stock"), number(r, "permits")
    expect(number(r, "oversold_without_lock") > 0, "no tickets oversold with Semaphore(3) and no lock")
    expect(number(r, "oversold_with_lock") == 0, f"{r['oversold_with_lock']} tickets oversold with the lock")
    expect(number(r, "sold_with_lock") == stock, f"{r['sold_with_lock']} of {r['stock']} tickets sold with the lock")
    expect(number(r, "oversold_short_lock") == 0,
           f"{r['oversold_short_lock']} tickets oversold with the lock held only to take a ticket")
    expect(number(r, "sold_short_lock") == stock,
           f"{r['sold_short_lock']} of {r['stock']} tickets sold with the lock held only to take a ticket")
    expect(number(r, "oversold_semaphore_1") == 0,
           f"{r['oversold_semaphore_1']} tickets oversold with Semaphore(1), which acts as a lock")
    expect(0 < number(r, "max_inside") <= permits,
           f"{r['max_inside']} sellers inside at once with {r['permits']} permits")
    expect(number(r, "max_inside_semaphore_1") == 1, f"{r['max_inside_semaphore_1']} sellers inside Semaphore(1)")
    expect(r.get("counts") == "2,1,0,1",
           f"free permits went {r.get('counts')}, expected 2,1,0,1 (falls on acquire, rises on release)")
    expect(r.get("fourth_acquire") == "False", "an acquire at 0 free permits did not wait")
    expect(number(r, "waited_s") >= 0.25, f"the acquire at 0 returned after {r['waited_s']} s, not after its timeout")
    expect(r.get("released_by_other") == "1", "another thread could not release the semaphore")
    expect(r.get("semaphore_1_twice") == "False", "Semaphore(1) acquired twice by one thread did not wait")
    expect(number(r, "extra_release_permits") == permits + 1,
           f"a plain Semaphore released once too often has {r.get('extra_release_permits')} permits")
    expect(r.get("bounded_release") == "ValueError", "BoundedSemaphore released once too often raised no ValueError")


def check_conditions(out, r, notes):
    messages = number(r, "messages")
    expect(number(r, "if_received") == messages and number(r, "while_received") == messages,
           f"the subscribers received {r.get('if_received')} (if) and {r.get('while_received')} (while) "
           f"of {r.get('messages')} messages")
    expect(number(r, "if_failures") > 0,
           "notify_all with an `if` around the wait: no subscriber woke to an empty queue")
    expect(number(r, "while_failures") == 0, f"{r.get('while_failures')} failures with a `while` around the wait")
    expect(number(r, "while_empty_wakeups") > 0,
           "notify_all with a `while`: no subscriber woke to an empty queue and waited again")
    expect(r.get("late_waiter_woke") == "False", "a notify() sent before anyone waited woke a later waiter")
    expect(number(r, "cars_passed") == number(r, "cars_expected"),
           f"{r.get('cars_passed')} of {r.get('cars_expected')} crossings at the traffic light")
    expect(number(r, "max_released_at_once") >= 2, "one green light never let several waiting cars go at once")
    expect(number(r, "barrier_phases_done") == 1,
           f"{r.get('barrier_phases_done')} barrier phases completed, expected 1 (phase 2 breaks)")
    expect(r.get("barrier_broken") == "True", "the barrier did not break when a worker waited past its timeout")
    expect(number(r, "broken_workers") == number(r, "workers"),
           f"{r.get('broken_workers')} of {r.get('workers')} workers saw the broken barrier")


def check_deadlock(out, r, notes):
    expect(r.get("inversion_deadlocked") == "True",
           "two threads taking A then B and B then A did not deadlock (each holding one lock)")
    expect(number(r, "inversion_cycle") == 2, f"the wait-for cycle had {r.get('inversion_cycle')} arrows, expected 2")
    expect(r.get("inversion_order_cycle") == "True", "the opposite lock orders left no lock-order cycle")
    expect(r.get("ordered_ok") == "True", "two threads taking A then B did not both finish")
    expect(r.get("ordered_order_cycle") == "False", "one lock order for both threads made a lock-order cycle")
    philosophers = number(r, "philosophers")
    expect(r.get("naive_deadlocked") == "True", "the naive philosophers (left, then right) did not deadlock")
    expect(number(r, "naive_cycle") == philosophers,
           f"the naive philosophers' wait-for cycle had {r.get('naive_cycle')} arrows, expected {r.get('philosophers')}")
    expect(number(r, "naive_meals") == 0, f"the deadlocked philosophers ate {r.get('naive_meals')} meals")
    expect(r.get("naive_order_cycle") == "True", "the naive philosophers left no lock-order cycle")
    expect(r.get("ordering_deadlocked") == "False", "the philosophers deadlocked despite one fork order")
    expect(number(r, "ordering_meals") == philosophers * number(r, "meals_each"),
           f"with one fork order the philosophers ate {r.get('ordering_meals')} meals, expected "
           f"{r.get('philosophers')} x {r.get('meals_each')}")
    expect(r.get("ordering_order_cycle") == "False", "one fork order still made a lock-order cycle")
    expect(r.get("chandy_misra_deadlocked") == "False", "the Chandy/Misra philosophers deadlocked")
    expect(number(r, "chandy_misra_meals") == philosophers * number(r, "meals_each"),
           f"with Chandy/Misra the philosophers ate {r.get('chandy_misra_meals')} meals, expected "
           f"{r.get('philosophers')} x {r.get('meals_each')}")


# ---------------------------------------------------------------------------------------------

def stdlib_only(path):
    """Names of modules a listing imports that are not in the standard library."""
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), path)
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return sorted(n for n in names if n not in sys.stdlib_module_names)


def run_listing(name, args=(), env=None):
    path = os.path.join(CODE_DIR, name)
    with tempfile.TemporaryDirectory() as cwd:   # nothing a listing writes lands in the tree
        start, load = time.perf_counter(), OtherLoad()
        try:
            proc = subprocess.run([sys.executable, path, *args], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired as e:
            out = e.stdout.decode(errors="replace") if isinstance(e.stdout, bytes) else (e.stdout or "")
            raise Failure(f"still running after {TIMEOUT_S} s; output so far:\n{out}") from None
        seconds, others = time.perf_counter() - start, load.cpus()
    if proc.returncode != 0:
        raise Failure(f"exit code {proc.returncode}\n--- stdout\n{proc.stdout}--- stderr\n{proc.stderr}")
    expect(seconds < EXPECTED_MAX_S, f"took {seconds:.1f} s (a listing should finish in under {EXPECTED_MAX_S} s)")
    return proc.stdout, seconds, others


class ImageServer:
    """`concurrency-lab serve --port 0`, reading the port from its banner."""

    def __init__(self, lab):
        env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="", QT_QPA_PLATFORM="offscreen")
        self.proc = subprocess.Popen([lab, "serve", "--port", "0", "--latency-ms", "100", "--size-kb", "16"],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True, env=env)
        lines = queue.Queue()
        threading.Thread(target=lambda: [lines.put(line) for line in self.proc.stdout], daemon=True).start()
        self.banner, self.url = "", None
        deadline = time.monotonic() + 15
        while self.url is None and time.monotonic() < deadline:
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                break
            self.banner += line
            match = re.search(r"(http://127\.0\.0\.1:\d+)/", line)
            if match:
                self.url = match.group(1)
        if self.url is None:
            self.stop()
            raise Failure(f"concurrency-lab serve printed no URL within 15 s:\n{self.banner}")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


CHECKS = {
    "threads.py": check_threads,
    "processes.py": check_processes,
    "downloads.py": check_downloads,
    "factorization.py": check_factorization,
    "concurrency.py": check_concurrency,
    "parallelism.py": check_parallelism,
    "memory.py": check_memory,
    "thread-lifecycle.py": check_thread_lifecycle,
    "starting-threads.py": check_starting_threads,
    "handling-threads.py": check_handling_threads,
    "locks.py": check_locks,
    "semaphores.py": check_semaphores,
    "conditions.py": check_conditions,
    "deadlock.py": check_deadlock,
}


def main(argv):
    bin_dir = argv[1] if len(argv) > 1 else None
    lab = os.path.join(bin_dir, "concurrency-lab") if bin_dir else None
    env = dict(os.environ, LC_ALL="C.UTF-8")
    env.pop("PYTHONUNBUFFERED", None)   # listings must be right when stdout is a pipe
    print(f"python {sys.version.split()[0]} ({sys.executable}), listings in {CODE_DIR}")
    listings = sorted(f for f in os.listdir(CODE_DIR) if f.endswith(".py"))
    passed = failed = skipped = 0
    for name in listings:
        notes = []
        try:
            check = CHECKS.get(name)
            expect(check is not None, "no check for this listing in tests/integration/listings_test.py")
            foreign = stdlib_only(os.path.join(CODE_DIR, name))
            expect(not foreign, f"imports outside the standard library: {', '.join(foreign)}")
            if name == "downloads.py":
                if not lab or not os.access(lab, os.X_OK):
                    print(f"SKIP {name}: no concurrency-lab in {bin_dir or '(no BIN_DIR given)'}, "
                          f"so no image server to download from")
                    skipped += 1
                    continue
                server = ImageServer(lab)
                try:
                    out, seconds, others = run_listing(name, [server.url], env)
                finally:
                    server.stop()
            else:
                out, seconds, others = run_listing(name, (), env)
            values = result_line(out)
            if name == "parallelism.py":
                check(out, values, notes, others)
            else:
                check(out, values, notes)
        except Failure as e:
            failed += 1
            print(f"FAIL {name}: {e}")
            continue
        passed += 1
        result = next(line for line in reversed(out.splitlines()) if line.startswith("RESULT "))
        print(f"PASS {name} ({seconds:.1f} s): {result[len('RESULT '):]}")
        for note in notes:
            print(f"     note: {note}")
    if skipped:
        print(f"{skipped} skipped")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
