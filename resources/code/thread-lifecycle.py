# The course's version: a thread that runs, sleeps, runs again and ends.
# Standard library only, Linux (/proc); runs in about 3 s.
import threading, time

def busy(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:       # Running
        pass

def work():
    busy(1)                                # Running
    time.sleep(1)                          # Not running (sleeping)
    busy(1)                                # Running again

def linux_state(tid):                      # R, S, D, ... as the thread monitor shows it
    with open(f"/proc/self/task/{tid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()[0]

t = threading.Thread(target=work, name="lifecycle-demo")   # New
alive = [t.is_alive()]                     # False: not started
t.start()                                  # Runnable, then Running
started = time.perf_counter()
alive.append(t.is_alive())                 # True  (Qt: isRunning())
states = []
for when in (0.5, 1.5, 2.5):               # the middle of each phase: run, sleep, run
    time.sleep(max(0, started + when - time.perf_counter()))
    states.append(linux_state(t.native_id))
t.join()                                   # wait until it is Terminated
alive.append(t.is_alive())                 # False (Qt: isFinished() is True)
print("is_alive():", alive, " Linux:", states)
print(f"RESULT alive={','.join(map(str, alive))} linux_states={','.join(states)}")
