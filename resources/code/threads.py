# The course's version: threads sharing one counter, without and with a Lock.
import threading

counter = 0                       # a global: shared by every thread
lock = threading.Lock()

def work(increments, use_lock):
    global counter
    # name and kernel thread id; Python shows no stack addresses (its objects live on the heap)
    print(threading.current_thread().name, threading.get_native_id())
    for _ in range(increments):
        if use_lock:
            with lock:
                counter += 1      # read, add, write: one thread at a time
        else:
            counter += 1          # read, add, write: may interleave

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
    print("expected", threads * increments, "actual", counter)

run(4, 100_000, use_lock=False)   # may lose updates (how often depends on the CPython version)
run(4, 100_000, use_lock=True)    # never loses any
