# The course's version (outline 9.5 and 9.6): ticket sellers share one stock of tickets; a
# Semaphore(3), the "counter windows", lets at most three of them sell at the same time. It limits
# how many are inside, not what they do there: the three inside oversell the stock until a Lock
# guards it. Then: how the count moves, who may release, and what BoundedSemaphore adds.
# Standard library only; runs in about three seconds.
import threading, time

STOCK = 20            # tickets
SELLERS = 6           # threads seller-1 ... seller-6
PERMITS = 3           # counter windows: sellers inside at once
PRINT_S = 0.02        # printing a ticket takes 20 ms

# --- 1. The ticket sale ------------------------------------------------------------------------
tickets = STOCK
inside = 0            # sellers between acquire and release, measured (under its own lock)
max_inside = 0
count_lock = threading.Lock()   # only for the measurement above

def enter():
    global inside, max_inside
    with count_lock:
        inside += 1
        max_inside = max(max_inside, inside)

def leave():
    global inside
    with count_lock:
        inside -= 1

def check_print_write():
    global tickets
    seen = tickets                        # check ...
    if seen <= 0:
        return False
    time.sleep(PRINT_S)                   # ... print the ticket: other sellers inside check meanwhile
    tickets = seen - 1                    # ... write back what was seen, minus one
    return True

def seller(windows, protection, stock_lock, sold):
    global tickets
    me = threading.current_thread().name
    while True:
        with windows:                     # acquire a permit: the count falls; at 0, wait here
            enter()
            try:
                if protection == "none":  # "semaphore only": check-then-act, nothing guards it
                    ok = check_print_write()
                elif protection == "lock":  # "semaphore + lock": the lab's version
                    with stock_lock:      # check and write as one step; the sellers inside
                        ok = check_print_write()  # now take turns, printing included
                else:                     # "short lock": take the ticket under the lock ...
                    with stock_lock:
                        ok = tickets > 0
                        if ok:
                            tickets -= 1
                    if ok:
                        time.sleep(PRINT_S)  # ... and print it outside: three print at once
                if not ok:
                    return                # sold out
                sold[me] += 1
            finally:
                leave()
        # leaving "with windows" released the permit: the count rises and a waiting seller may go on.
        # Nothing makes it first come, first served: a seller that asked again at once would often
        # win the permit back before the woken one runs (try it without the pause below).
        time.sleep(PRINT_S / 2)           # the next customer steps up, then the seller queues again

def sale(title, permits, sellers, protection):
    global tickets, max_inside
    tickets, max_inside = STOCK, 0
    windows = threading.Semaphore(permits)
    stock_lock = threading.Lock()         # the lock "stock" (unused without protection)
    names = [f"seller-{i + 1}" for i in range(sellers)]
    sold = dict.fromkeys(names, 0)        # each seller writes only its own entry
    threads = [threading.Thread(target=seller, args=(windows, protection, stock_lock, sold), name=n)
               for n in names]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - start
    total = sum(sold.values())
    print(f"{title}: sold {total} of {STOCK} (oversold {total - STOCK}), tickets left {tickets}, "
          f"at most {max_inside} inside, {seconds:.2f} s")
    print("    " + ", ".join(f"{n} {k}" for n, k in sold.items()))
    return total, max_inside

print(f"{SELLERS} sellers, {STOCK} tickets, printing a ticket takes {PRINT_S * 1000:.0f} ms")
# The outline's 9.5: Semaphore() has one permit, so it is a lock: safe, one seller at a time.
sold_one, inside_one = sale("Semaphore(1), the outline's 9.5  ", 1, 4, "none")
# 9.6: three permits. Three sellers see the same count, each sells, each writes back count - 1.
sold_race, inside_race = sale(f"Semaphore({PERMITS}) only             ", PERMITS, SELLERS, "none")
# The fix: nothing oversold. With the printing under the lock it takes as long as Semaphore(1);
# holding the lock only to take the ticket lets the three inside print at the same time.
sold_fixed, inside_fixed = sale(f"Semaphore({PERMITS}) + Lock           ", PERMITS, SELLERS, "lock")
sold_short, inside_short = sale(f"Semaphore({PERMITS}) + Lock, print out", PERMITS, SELLERS, "short lock")
max_seen = max(inside_race, inside_fixed, inside_short)

# --- 2. The count falls on acquire, rises on release, and never goes below zero ---------------
sem = threading.Semaphore(PERMITS)
counts = []
for _ in range(PERMITS):
    sem.acquire()
    counts.append(sem._value)             # CPython's internal count of free permits
start = time.perf_counter()
fourth = sem.acquire(timeout=0.3)         # at 0 a caller waits (here at most 0.3 s); no -1
waited = time.perf_counter() - start
sem.release()
counts.append(sem._value)
print(f"\nSemaphore({PERMITS}): acquire x{PERMITS} -> free permits "
      + ", ".join(map(str, counts[:PERMITS]))
      + f"; a 4th acquire(timeout=0.3) returned {fourth} after {waited:.2f} s; one release -> {counts[-1]}")
for _ in range(PERMITS - 1):
    sem.release()

# --- 3. No owner: any thread may release, e.g. to signal another thread ------------------------
signal = threading.Semaphore(0)           # nothing free: whoever acquires waits for a release
worker = threading.Thread(target=signal.release, name="signaller")
worker.start()
released_by_other = signal.acquire(timeout=5)
worker.join()
print("Semaphore(0): main acquires, another thread releases: main went on:", released_by_other)

one = threading.Semaphore(1)              # one permit is not a reentrant lock
one.acquire()
again = one.acquire(timeout=0.3)          # the same thread asks again: it waits for itself
one.release()
print(f"Semaphore(1) acquired twice by one thread: the second acquire(timeout=0.3) returned {again}")

# --- 4. Semaphore vs BoundedSemaphore: one release too many -----------------------------------
loose = threading.Semaphore(PERMITS)
loose.acquire()
loose.release()
loose.release()                           # a bug: one more release than acquires
print(f"\nSemaphore({PERMITS}): acquire, release, release: no error, now {loose._value} free permits "
      f"(a 4th seller may enter)")
bounded = threading.BoundedSemaphore(PERMITS)
bounded.acquire()
bounded.release()
try:
    bounded.release()                     # the same bug, caught
    bounded_release = "allowed"
except ValueError as e:
    bounded_release = "ValueError"
    print(f"BoundedSemaphore({PERMITS}): acquire, release, release: ValueError('{e}'), "
          f"still {bounded._value} free")

print(f"RESULT stock={STOCK} sellers={SELLERS} permits={PERMITS} "
      f"sold_semaphore_1={sold_one} oversold_semaphore_1={sold_one - STOCK} "
      f"sold_without_lock={sold_race} oversold_without_lock={sold_race - STOCK} "
      f"sold_with_lock={sold_fixed} oversold_with_lock={sold_fixed - STOCK} "
      f"sold_short_lock={sold_short} oversold_short_lock={sold_short - STOCK} "
      f"max_inside={max_seen} max_inside_semaphore_1={inside_one} "
      f"counts={','.join(map(str, counts))} fourth_acquire={fourth} waited_s={waited:.2f} "
      f"released_by_other={int(released_by_other)} semaphore_1_twice={again} "
      f"extra_release_permits={loose._value} bounded_release={bounded_release}")
