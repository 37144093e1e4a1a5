# The course's version: threads sharing one counter, without and with a Lock.
# Standard library only; runs in a few seconds.
import threading, time

counter = 0                       # a global: shared by every thread
lock = threading.Lock()

def add_one():
    global counter
    seen = counter                # 1. read
    time.sleep(0)                 #    gives up the GIL: another thread may run here
    counter = seen + 1            # 2. write what was read, plus one

def work(increments, use_lock):
    # name and kernel thread id; Python shows no stack addresses (its objects live on the heap)
    print(f"{threading.current_thread().name} {threading.get_native_id()}")
    for _ in range(increments):
        if use_lock:
            with lock:            # one thread at a time from read to write
                add_one()
        else:
            add_one()             # read and write of two threads may interleave

def run(threads, increments, use_lock):
    global counter
    counter = 0
    workers = [threading.Thread(target=work, args=(increments, use_lock),
                                name=f"counter-{i + 1}")
               for i in range(threads)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    expected = threads * increments
    print("expected", expected, "actual", counter, "lost", expected - counter)
    return expected - counter

# A plain `counter += 1` is the same read-add-write, but CPython 3.10+ switches threads only at
# calls and loop jumps, not inside that statement, so it rarely shows the race. It is still one:
# nothing guarantees it, and a free-threaded (no-GIL) CPython loses updates at once.
lost = run(4, 10_000, use_lock=False)   # loses updates
safe = run(4, 10_000, use_lock=True)    # never loses any
print(f"RESULT lost_updates_without_lock={lost} with_lock={safe}")
