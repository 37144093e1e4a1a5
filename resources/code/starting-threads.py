# The course's version: starting threads, forking, daemon threads.
import os, threading, time

def work():
    print(threading.current_thread().name, threading.get_native_id())

# Class-based: subclass Thread and override run()
class Worker(threading.Thread):
    def run(self):
        work()

t1 = Worker(name="start-subclass")
t1.start()

# Target-based: pass a callable
t2 = threading.Thread(target=work, name="start-create")
t2.start()
t1.join(); t2.join()

# Fork (Unix only): the child gets a copy of the parent's memory
variable = 41
pid = os.fork()
if pid == 0:                      # child
    variable += 1
    print("child", os.getpid(), "parent", os.getppid(), variable)
    os._exit(0)
else:                             # parent
    os.waitpid(pid, 0)
    print("parent", os.getpid(), "child", pid, variable)

# Daemon vs standard thread
def heartbeat():
    n = 0
    while True:
        n += 1
        print("beat", n)
        time.sleep(0.3)

def job():
    time.sleep(3)
    print("job done")

threading.Thread(target=heartbeat, daemon=True).start()   # abandoned at exit
threading.Thread(target=job).start()                       # waited for at exit
print("end of program")           # the interpreter now joins job, then stops the daemon
