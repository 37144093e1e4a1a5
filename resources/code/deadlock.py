# The course's version (outline 9.2), without its mistake: the outline's philosophers deadlock and
# then loop for ever. Here a watchdog walks the wait-for graph (thread -> lock it waits on -> holder
# -> ...), reports the cycle and ends it as the lab does: it cancels one victim's wait. Waits use
# acquire(timeout=...) in a loop, so a wait can be cancelled. Last, Chandy/Misra's dirty and clean
# forks on one condition variable: no deadlock, everyone eats. Standard library only; about 2 s.
import threading, time

book = threading.Lock()              # guards the bookkeeping below; never held while waiting
holder, waits_on = {}, {}            # lock name -> thread holding it; thread -> lock it waits on
order_edges = set()                  # lock-order graph: (a, b) = b requested while a was held
cancelled, stop = set(), threading.Event()

def take(locks, name):
    """locks[name].acquire(), but False if the watchdog cancelled this thread's wait."""
    me = threading.current_thread().name
    with book:                       # lock-order edges are noted on the request, as lockdep does
        order_edges.update((held, name) for held, who in holder.items() if who == me)
        waits_on[me] = name
    while not locks[name].acquire(timeout=0.01):
        with book:
            if me in cancelled:      # the victim: stops waiting, still holds its other lock
                del waits_on[me]
                return False
    with book:
        del waits_on[me]
        holder[name] = me
    return True

def put(locks, name):
    with book:
        del holder[name]
    locks[name].release()

def find_cycle():
    """Walk thread -> lock it waits on -> its holder -> ...; back at the start: a deadlock."""
    with book:
        for start in waits_on:
            path, thread = [], start
            while thread in waits_on and waits_on[thread] in holder and len(path) <= len(waits_on):
                lock = waits_on[thread]
                path.append((thread, lock, holder[lock]))
                thread = holder[lock]
                if thread == start:
                    return path      # back where it started: nobody in it can go on
    return None

def has_order_cycle(edges):
    """A cycle in the lock-order graph: a potential deadlock, found even if the run did not hang."""
    reach = set(edges)               # (a, b): b taken after a, directly or through other locks
    while more := {(a, d) for a, b in reach for c, d in reach if b == c} - reach:
        reach |= more
    return any(a == b for a, b in reach)

def run(title, workers):
    """Start the workers; a watchdog reports a deadlock and cancels one victim's wait."""
    holder.clear(); waits_on.clear(); order_edges.clear(); cancelled.clear(); stop.clear()
    threads = [threading.Thread(target=f, args=args, name=name) for name, f, args in workers]
    for t in threads:
        t.start()
    cycle, deadline = None, time.monotonic() + 4
    while any(t.is_alive() for t in threads):
        if cycle is None and (cycle := find_cycle()):
            stop.set()               # the run is over: whoever gets its locks now puts them down
            with book:
                cancelled.add(cycle[0][0])   # the victim: its wait ends, it lets go of its lock
        if time.monotonic() > deadline:      # a safety net: never hang, whatever happens
            stop.set()
            with book:
                cancelled.update(waits_on)
        time.sleep(0.005)
    arrows = ", ".join(f"{t} waits on {lock} held by {h}" for t, lock, h in cycle or [])
    print(f"{title}: " + (f"DEADLOCK, ended by the watchdog: {arrows}" if cycle else "finished"))
    return cycle, has_order_cycle(order_edges)

# --- 1. Two threads, two locks, opposite orders, then one order ---------------------------------
locks, done = {"A": threading.Lock(), "B": threading.Lock()}, []
start = threading.Barrier(2)

def transfer(first, second):
    start.wait()                     # both start at the same moment
    if not take(locks, first):
        return
    time.sleep(0.1)                  # some work between the two locks
    if take(locks, second):
        done.append(threading.current_thread().name)   # (work with both)
        put(locks, second)
    put(locks, first)                # a victim too puts down what it holds

inversion, inversion_order = run("A then B | B then A", [("thread-1", transfer, ("A", "B")),
                                                         ("thread-2", transfer, ("B", "A"))])
done.clear()
ordered, ordered_order = run("A then B | A then B", [("thread-1", transfer, ("A", "B")),
                                                     ("thread-2", transfer, ("A", "B"))])
ordered_ok = ordered is None and len(done) == 2

# --- 2. Dining philosophers: five threads, five forks -------------------------------------------
N, MEALS, REACH_S, EAT_S, THINK_S = 5, 3, 0.1, 0.03, 0.02
forks = {f"fork-{i + 1}": threading.Lock() for i in range(N)}
meals, table = {}, threading.Barrier(N)

def dine(i, ordering):
    me, left, right = threading.current_thread().name, i, (i + 1) % N
    first, second = sorted((left, right)) if ordering else (left, right)   # ordering: lower first
    first, second = f"fork-{first + 1}", f"fork-{second + 1}"
    meals[me] = 0
    table.wait()                     # everyone starts hungry at the same moment
    for _ in range(MEALS):
        if not take(forks, first):
            return
        time.sleep(REACH_S)          # reaching for the second fork: the others take their first
        if take(forks, second):
            if not stop.is_set():
                time.sleep(EAT_S)
                meals[me] += 1
            put(forks, second)
        put(forks, first)            # the victim puts its fork down: the cycle opens
        if stop.is_set():
            return
        time.sleep(THINK_S)

def dinner(title, ordering):
    cycle, order_cycle = run(title, [(f"philosopher-{i + 1}", dine, (i, ordering)) for i in range(N)])
    print("    meals: " + ", ".join(f"{name} {count}" for name, count in meals.items()))
    return cycle, sum(meals.values()), order_cycle

naive, naive_meals, naive_order = dinner("naive (left, then right)", False)
ordering, ordering_meals, ordering_order = dinner("ordering (lower fork first)", True)

# --- 3. Chandy/Misra: dirty forks are handed over on request, clean ones kept until eaten with ----
# Each fork is owned by one of its two philosophers; at first all dirty, with the lower-numbered one.
owner = {f"fork-{f + 1}": 0 if f == 0 else f - 1 for f in range(N)}   # fork-k: philosophers k-1, k
dirty = {name: True for name in owner}
eating = [False] * N
table_lock = threading.Condition()  # the fork table, and hand-overs to wait for

def cm_dine(i):
    me, mine = threading.current_thread().name, (f"fork-{i + 1}", f"fork-{(i + 1) % N + 1}")
    meals[me] = 0
    table.wait()
    for _ in range(MEALS):
        with table_lock:
            while not stop.is_set():
                for f in mine:      # an owner not eating hands a dirty fork over, cleaned
                    if owner[f] != i and dirty[f] and not eating[owner[f]]:
                        owner[f], dirty[f] = i, False
                if all(owner[f] == i for f in mine):
                    eating[i] = True
                    break
                table_lock.wait(timeout=0.05)   # a clean fork stays until its owner has eaten
            else:
                return
        time.sleep(EAT_S)
        meals[me] += 1
        with table_lock:
            eating[i] = False
            for f in mine:
                dirty[f] = True     # eaten with: handed over on the next request
            table_lock.notify_all()
        time.sleep(THINK_S)

meals.clear()
cm, _ = run("chandy/misra (dirty forks passed on request)",
            [(f"philosopher-{i + 1}", cm_dine, (i,)) for i in range(N)])
print("    meals: " + ", ".join(f"{name} {count}" for name, count in meals.items()))
cm_meals = sum(meals.values())

print(f"RESULT inversion_deadlocked={inversion is not None} inversion_cycle={len(inversion or [])} "
      f"inversion_order_cycle={inversion_order} ordered_ok={ordered_ok} ordered_order_cycle={ordered_order} "
      f"philosophers={N} meals_each={MEALS} naive_deadlocked={naive is not None} "
      f"naive_cycle={len(naive or [])} naive_meals={naive_meals} naive_order_cycle={naive_order} "
      f"ordering_deadlocked={ordering is not None} ordering_meals={ordering_meals} "
      f"ordering_order_cycle={ordering_order} chandy_misra_deadlocked={cm is not None} "
      f"chandy_misra_meals={cm_meals}")
