# The course's version: naming, listing, stopping threads; terminating processes.
import multiprocessing, threading, time

stop = threading.Event()

def work():
    steps = 0
    while not stop.is_set():          # check the flag between steps
        time.sleep(0.001)
        steps += 1
    print("cleaning up after", steps, "steps")

t = threading.Thread(target=work, name="graceful-stop")
t.start()
print(threading.current_thread().name)            # MainThread
print(threading.main_thread() is threading.current_thread())
print([th.name for th in threading.enumerate()])  # the live threads
t.name = "renamed-later"          # Python's name only; the OS name is not changed
time.sleep(1.5)
stop.set()                        # ask, don't kill
t.join()

def forever():
    while True:
        time.sleep(0.25)

if __name__ == "__main__":
    p = multiprocessing.Process(target=forever)
    p.start(); p.terminate(); p.join()
    print(p.exitcode)             # -15: ended by SIGTERM
    p = multiprocessing.Process(target=forever)
    p.start(); p.kill(); p.join()
    print(p.exitcode)             # -9: ended by SIGKILL
