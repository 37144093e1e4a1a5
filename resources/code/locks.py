# The course's version (outline 9.1 and 9.3): a shared counter without and with a Lock, a bank
# account whose deposit() calls show_balance() under the same RLock, and why a plain Lock cannot be
# taken twice by one thread. Standard library only; runs in a few seconds.
import re, threading, time

# --- 1. The shared resource: one counter, four threads, read-pause-write -----------------------
counter = 0
lock = threading.Lock()

def add_one():
    global counter
    seen = counter                # read
    time.sleep(0)                 # gives up the GIL: another thread may run between read and write
    counter = seen + 1            # write back what was read, plus one: the critical section ends here

def work(increments, mode):
    if mode == "none":
        for _ in range(increments):
            add_one()             # two threads may both read 41 and both write 42
    elif mode == "lock":
        for _ in range(increments):
            with lock:            # one thread at a time from read to write
                add_one()
    else:                         # "whole loop": the outline's 9.3, one acquire per thread
        with lock:                # safe and cheap, but the threads now run one after another
            for _ in range(increments):
                add_one()

def race(mode, threads=4, increments=10_000):
    global counter
    counter = 0
    workers = [threading.Thread(target=work, args=(increments, mode), name=f"counter-{i + 1}")
               for i in range(threads)]
    start = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    seconds = time.perf_counter() - start
    expected = threads * increments
    lost = expected - counter
    print(f"{mode:>10}: expected {expected} actual {counter} lost {lost} "
          f"({100 * lost / expected:.0f} %) in {seconds:.2f} s")
    return lost

# The times are mostly the pauses: without a lock the four threads pause side by side; with a lock
# around each increment they take turns at every pause; around the whole loop they run one after
# another (fewer acquires, no concurrency left).
print("4 threads x 10000 increments of one shared counter")
lost_none = race("none")
lost_lock = race("lock")
lost_whole = race("whole loop")

# --- 2. RLock: deposit() holds the lock and calls show_balance(), which takes it again ----------
def hold_count(rlock):
    # CPython shows the owner's recursion depth in the RLock's repr ("... owner=... count=2 ...").
    return int(re.search(r"count=(\d+)", repr(rlock)).group(1))

class Account:
    def __init__(self, balance, lock):
        self.balance = balance
        self.lock = lock
        self.holds = []           # hold counts seen by the first deposit, for the printout

    def show_balance(self, trace=False):
        with self.lock:           # the same lock, taken again by the thread that already holds it
            if trace:
                self.holds.append(hold_count(self.lock))
            return self.balance

    def deposit(self, amount, trace=False):
        with self.lock:
            if trace:
                self.holds.append(hold_count(self.lock))
            seen = self.balance
            time.sleep(0)         # the same race window as above: the lock closes it
            self.balance = seen + amount
            self.show_balance(trace)
            if trace:
                self.holds.append(hold_count(self.lock))
        if trace:
            self.holds.append(hold_count(self.lock))

    def withdraw(self, amount):
        with self.lock:
            seen = self.balance
            time.sleep(0)
            self.balance = seen - amount
            self.show_balance()

account = Account(100, threading.RLock())
account.deposit(10, trace=True)
print("\nRLock: deposit() -> show_balance(), hold count "
      + ", ".join(map(str, account.holds)) + " (acquired twice, released twice)")

def customer(rounds):
    for _ in range(rounds):
        account.deposit(10)
        account.withdraw(3)

customers = [threading.Thread(target=customer, args=(500,), name=f"customer-{i + 1}") for i in range(4)]
for t in customers:
    t.start()
for t in customers:
    t.join()
expected_balance = 110 + 4 * 500 * (10 - 3)
print(f"4 customers x 500 x (deposit 10, withdraw 3): balance {account.balance}, expected {expected_balance}")

# --- 3. A plain Lock is not reentrant: the same deposit() with a Lock waits for itself ----------
plain = threading.Lock()
plain.acquire()                   # deposit() holds it ...
start = time.perf_counter()
again = plain.acquire(timeout=0.5)  # ... show_balance() asks again: without a timeout, forever
waited = time.perf_counter() - start
plain.release()
print(f"\nLock taken twice by one thread: acquire(timeout=0.5) returned {again} after {waited:.2f} s "
      "(a self-deadlock; without the timeout it would never return)")

# --- 4. Who may release: any thread a Lock, only the owner an RLock -----------------------------
handoff = threading.Lock()
handoff.acquire()
releaser = threading.Thread(target=handoff.release, name="other-thread")
releaser.start()
releaser.join()
print("Lock acquired by main, released by another thread: allowed, locked now:", handoff.locked())

owned = threading.RLock()
owned.acquire()
outcome = []
def release_foreign():
    try:
        owned.release()
        outcome.append("released")
    except RuntimeError as e:
        outcome.append(f"RuntimeError({e})")
intruder = threading.Thread(target=release_foreign, name="other-thread")
intruder.start()
intruder.join()
owned.release()
print("RLock acquired by main, released by another thread:", outcome[0])

print(f"RESULT lost_updates_without_lock={lost_none} with_lock={lost_lock} whole_loop={lost_whole} "
      f"rlock_holds={','.join(map(str, account.holds))} balance={account.balance} "
      f"expected_balance={expected_balance} double_acquire={again} waited_s={waited:.2f} "
      f"lock_released_by_other={int(not handoff.locked())} "
      f"rlock_release_by_other={'RuntimeError' if outcome[0].startswith('RuntimeError') else 'allowed'}")
