# The course's version: an I/O-bound job with 1 vs N threads, all on ONE core.
# time.sleep() stands for waiting on the network or the disk: CPython releases
# the GIL while a thread waits, so the waits overlap even on a single core.
# Standard library only, Linux (sched_setaffinity); runs in about 5 s.
import os, threading, time

cpu = min(os.sched_getaffinity(0))
os.sched_setaffinity(0, {cpu})      # 0 = the calling thread only; threads it starts later inherit it

def io_unit():
    time.sleep(0.020)               # blocked in the kernel (state S): no CPU used

def cpu_unit():
    sum(i * i for i in range(200_000))   # only computing

worker_cpus = set()                 # the CPUs the worker threads may run on

def run(unit, units, threads):
    todo = list(range(units))
    lock = threading.Lock()
    def worker():
        worker_cpus.update(os.sched_getaffinity(0))   # 0 = this worker thread: inherited {cpu}
        while True:
            with lock:
                if not todo:
                    return
                todo.pop()
            unit()
    workers = [threading.Thread(target=worker) for _ in range(threads)]
    start, cpu_time = time.perf_counter(), time.process_time()
    for w in workers: w.start()
    for w in workers: w.join()
    wall = time.perf_counter() - start
    return wall, (time.process_time() - cpu_time) / wall   # CPU time as a share of wall time

speedup, busy = {}, {}
for name, unit in [("io-job", io_unit), ("cpu-job", cpu_unit)]:
    base = min(run(unit, 24, 1)[0] for _ in range(2))   # one thread: the better of two runs
    for threads in (1, 2, 4, 8):
        wall, busy[name] = run(unit, 24, threads)
        speedup[name] = base / wall
        print(f"{name} x{threads}: {wall:.3f} s, {speedup[name]:.1f}x, CPU {busy[name]:.0%}")
print(f"RESULT cpu={cpu} worker_cpus={','.join(map(str, sorted(worker_cpus)))} io_speedup_8={speedup['io-job']:.1f} io_cpu_share={busy['io-job']:.2f} "
      f"cpu_speedup_8={speedup['cpu-job']:.1f}")
