# The course's version: a thread that runs, sleeps, runs again and ends.
import threading, time

def busy(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:       # Running
        pass

def work():
    busy(1.5)                              # Running
    time.sleep(1.5)                        # Not running (sleeping)
    busy(1.5)                              # Running again

t = threading.Thread(target=work, name="lifecycle-demo")   # New
print(t.is_alive())                        # False: not started
t.start()                                  # Runnable, then Running
print(t.is_alive())                        # True  (Qt: isRunning())
t.join()                                   # wait until it is Dead
print(t.is_alive())                        # False (Qt: isFinished() is True)
