# The course's version: naming, listing, stopping threads; terminating processes.
# Standard library only; runs in about 2 s.
import multiprocessing, threading, time

stop = threading.Event()
cleaned_up = False

def work():
    global cleaned_up
    steps = 0
    while not stop.is_set():          # check the flag between steps
        time.sleep(0.001)
        steps += 1
    print("cleaning up after", steps, "steps")
    cleaned_up = True

def forever():
    while True:
        time.sleep(0.25)

if __name__ == "__main__":            # not run again in children that re-import this file (spawn)
    t = threading.Thread(target=work, name="graceful-stop")
    t.start()
    print(threading.current_thread().name)            # MainThread
    print(threading.main_thread() is threading.current_thread())
    print([th.name for th in threading.enumerate()])  # the live threads
    t.name = "renamed-later"          # Python's name only; the OS name is not changed
    time.sleep(1)
    stop.set()                        # ask, don't kill
    t.join()

    p = multiprocessing.Process(target=forever)
    p.start(); p.terminate(); p.join()
    print(p.exitcode)                 # -15: ended by SIGTERM
    q = multiprocessing.Process(target=forever)
    q.start(); q.kill(); q.join()
    print(q.exitcode)                 # -9: ended by SIGKILL
    print(f"RESULT graceful_cleanup={int(cleaned_up)} terminate_exitcode={p.exitcode} "
          f"kill_exitcode={q.exitcode}")
