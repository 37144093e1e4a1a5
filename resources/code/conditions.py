# The course's version (outline 9.4, 9.7 and 9.8): a publisher and subscribers on a Condition, with
# an `if` and then a `while` around the wait; an Event as a traffic light for cars; a Barrier whose
# timeout breaks it when one worker is late. Standard library only; runs in about three seconds.
import threading, time

def run_all(threads):
    for t in threads:
        t.start()
    for t in threads:
        t.join()

# --- 1. Condition: publisher and subscribers ----------------------------------------------------
SUBSCRIBERS, MESSAGES = 3, 8
PUBLISH_S, READ_S = 0.04, 0.005          # pause between two messages; a subscriber's time per message

def publish(check):
    items = []                                   # the queue, guarded by the condition's lock
    cond = threading.Condition(threading.Lock())  # the condition "items" on the mutex "queue"
    done = False
    stats = {"received": 0, "empty_wakeups": 0, "failures": 0}

    def subscriber():
        while True:
            with cond:
                if check == "if":
                    if not items and not done:
                        cond.wait()              # woken: assumes a message is there
                else:
                    while not items and not done:
                        cond.wait()              # woken: checks again (= cond.wait_for(...))
                        if not items and not done:
                            stats["empty_wakeups"] += 1   # another took it: wait again
                if not items and done:
                    return
                try:
                    items.pop(0)
                except IndexError:               # the `if` trusted the wake-up: the queue is empty
                    stats["failures"] += 1
                    continue
                stats["received"] += 1
            time.sleep(READ_S)                   # handle the message outside the lock

    subs = [threading.Thread(target=subscriber, name=f"subscriber-{i + 1}") for i in range(SUBSCRIBERS)]
    for t in subs:
        t.start()
    for n in range(MESSAGES):                    # the publisher: this (main) thread
        time.sleep(PUBLISH_S)                    # meanwhile every subscriber waits
        with cond:
            items.append(n)
            cond.notify_all()                    # wakes all three; only one message to take
    time.sleep(PUBLISH_S)                        # let the last message's wake-ups happen too
    with cond:
        done = True                              # no more messages: wake everyone to quit
        cond.notify_all()
    for t in subs:
        t.join()
    print(f"notify_all, check={check:5}: received {stats['received']} of {MESSAGES}; woke to an empty "
          f"queue: waited again {stats['empty_wakeups']}, failed (IndexError) {stats['failures']}")
    return stats

if_stats, while_stats = publish("if"), publish("while")

lonely = threading.Condition()
with lonely:
    lonely.notify()                              # nobody waits: the notification is simply lost
with lonely:
    late_woke = lonely.wait(timeout=0.2)         # so check the state first, then wait
print(f"notify() before anyone waits, then wait(timeout=0.2): woke {late_woke}")

# --- 2. Event: a traffic light ------------------------------------------------------------------
CARS, LAPS, GREEN_S, RED_S = 5, 3, 0.25, 0.3
green, stop = threading.Event(), threading.Event()
waiting, released, passed, longest = 0, [], {}, {}
count_lock = threading.Lock()

def traffic_light():
    while not stop.is_set():
        stop.wait(RED_S)                         # red: arriving cars wait (stop.wait: a sleep stop ends)
        with count_lock:
            released.append(waiting)             # cars that one set() lets go at once
        green.set()
        stop.wait(GREEN_S)                       # green: cars arriving now pass without waiting
        green.clear()

def car(i):
    global waiting
    me = threading.current_thread().name
    passed[me], longest[me] = 0, 0.0
    for lap in range(LAPS):
        time.sleep(0.1 + 0.03 * ((i + lap) % 4))  # driving a lap, different per car
        with count_lock:
            waiting += 1
        start = time.perf_counter()
        green.wait()                             # returns at once while the flag is set
        longest[me] = max(longest[me], time.perf_counter() - start)
        with count_lock:
            waiting -= 1
        passed[me] += 1

light = threading.Thread(target=traffic_light, name="traffic-light")
light.start()
run_all([threading.Thread(target=car, args=(i,), name=f"car-{i + 1}") for i in range(CARS)])
stop.set()
light.join()
cars_passed = sum(passed.values())
print(f"traffic light: {cars_passed} crossings of {CARS * LAPS}, cars released by one green: {released}")
print("    longest wait at red: " + ", ".join(f"{n} {s:.2f} s" for n, s in longest.items()))

# --- 3. Barrier: three workers in phases, one late in phase 2, timeout 0.5 s -------------------
WORKERS, PHASES, TIMEOUT_S, LATE_S = 3, 3, 0.5, 1.0
phases_done = []
barrier = threading.Barrier(WORKERS, action=lambda: phases_done.append(len(phases_done) + 1),
                            timeout=TIMEOUT_S)   # action: run once per phase, by one thread
grid = {}

def worker(i):
    me = threading.current_thread().name
    grid[me] = []
    for phase in range(1, PHASES + 1):
        late = LATE_S if phase == 2 and i == WORKERS else 0.0   # worker-3 straggles in phase 2
        time.sleep(0.05 + 0.02 * i + late)       # this worker's work in this phase
        try:
            barrier.wait()                       # the last of the three to arrive opens it
            grid[me].append("through")
        except threading.BrokenBarrierError:     # a timeout (or abort) breaks it for everyone
            grid[me].append("broken")
            return

run_all([threading.Thread(target=worker, args=(i + 1,), name=f"worker-{i + 1}") for i in range(WORKERS)])
broken_workers = sum(row[-1] == "broken" for row in grid.values())
print(f"Barrier({WORKERS}, timeout={TIMEOUT_S}): phases completed {phases_done}, broken {barrier.broken}")
for name, row in grid.items():
    print(f"    {name}: " + ", ".join(f"phase {p + 1} {s}" for p, s in enumerate(row)))

print(f"RESULT subscribers={SUBSCRIBERS} messages={MESSAGES} "
      f"if_received={if_stats['received']} if_failures={if_stats['failures']} "
      f"while_received={while_stats['received']} while_empty_wakeups={while_stats['empty_wakeups']} "
      f"while_failures={while_stats['failures']} late_waiter_woke={late_woke} "
      f"cars_passed={cars_passed} cars_expected={CARS * LAPS} max_released_at_once={max(released)} "
      f"workers={WORKERS} barrier_phases_done={len(phases_done)} barrier_broken={barrier.broken} "
      f"broken_workers={broken_workers}")
