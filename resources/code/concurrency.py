# The course's version: an I/O-bound job with 1 vs N threads, all on ONE core.
# time.sleep() stands for waiting on the network or the disk: CPython releases
# the GIL while a thread waits, so the waits overlap even on a single core.
import os, threading, time

os.sched_setaffinity(0, {0})        # pin this process (all its threads) to CPU 0

def io_unit():
    time.sleep(0.020)               # blocked in the kernel (state S): no CPU used

def cpu_unit():
    sum(i * i for i in range(200_000))   # only computing

def run(unit, units, threads):
    todo = list(range(units))
    lock = threading.Lock()
    def worker():
        while True:
            with lock:
                if not todo:
                    return
                todo.pop()
            unit()
    workers = [threading.Thread(target=worker) for _ in range(threads)]
    start, cpu = time.perf_counter(), time.process_time()
    for w in workers: w.start()
    for w in workers: w.join()
    wall = time.perf_counter() - start
    return wall, (time.process_time() - cpu) / wall   # CPU time as a share of wall time

for name, unit in [("io-job", io_unit), ("cpu-job", cpu_unit)]:
    base, _ = run(unit, 24, 1)
    for threads in (1, 2, 4, 8):
        wall, busy = run(unit, 24, threads)
        print(f"{name} x{threads}: {wall:.3f} s, {base / wall:.1f}x, CPU {busy:.0%}")
