# The course's version: a CPU-bound job with threads vs processes.
# CPython's GIL lets one thread execute Python bytecode at a time, so threads
# draw a flat line here; separate processes each have their own interpreter
# and GIL, so they run in parallel up to the number of cores.
import os, time
from threading import Thread
from multiprocessing import Process

def work(units):
    for _ in range(units):
        sum(i * i for i in range(200_000))   # pure computation, holds the GIL

def run(kind, workers, units=48):
    jobs = [kind(target=work, args=(units // workers,)) for _ in range(workers)]
    start = time.perf_counter()
    for j in jobs: j.start()
    for j in jobs: j.join()
    return time.perf_counter() - start

if __name__ == "__main__":
    cores = os.cpu_count()
    base = run(Thread, 1)
    for n in range(1, 2 * cores + 1):
        print(f"{n} threads:   {base / run(Thread, n):.2f}x")    # ~1.0x: the GIL
        print(f"{n} processes: {base / run(Process, n):.2f}x")   # up to ~cores x
    # Pinned to one core (os.sched_setaffinity(0, {0})) processes drop to 1x too.
