# The course's version: starting threads, the Thread parameters, forking, daemon threads.
# Standard library only, Unix (os.fork); runs in about 2 s.
import os, sys, threading, time

def work(greeting="hello", times=1):
    for _ in range(times):
        print(f"{greeting} from {threading.current_thread().name} {threading.get_native_id()}")

# Class-based: subclass Thread and override run()            (Qt: subclass QThread, run())
class Worker(threading.Thread):
    def run(self):
        work()

t1 = Worker(name="start-subclass")
t1.start()

# Target-based: pass a callable                               (Qt: QThread::create(f))
t2 = threading.Thread(target=work)    # no name: "Thread-1 (work)" since Python 3.10
t2.start()

# Every parameter of threading.Thread, with its Qt / C++ counterpart
t3 = threading.Thread(
    group=None,              # reserved for later; always None          (Qt: none)
    target=work,             # the function run() calls                 (QThread::create(work, ...))
    name="start-params",     # Python's name; Linux still shows python3 (setObjectName before start())
    args=("hi",),            # positional arguments for target          (QThread::create(work, "hi"))
    kwargs={"times": 2},     # keyword arguments for target             (C++: a lambda: [] { work("hi", 2); })
    daemon=False,            # True: not waited for at exit             (std::thread::detach(); Qt: none)
)
t3.start()
t1.join(); t2.join(); t3.join()

# Fork (Unix only): the child gets a copy-on-write copy of the parent's memory,
# and only the thread that called fork(): fork while other threads run is risky.
variable = 41
sys.stdout.flush()                # else the child inherits unwritten output and prints it twice
pid = os.fork()
if pid == 0:                      # child
    variable += 1
    print("child", os.getpid(), "parent", os.getppid(), "variable", variable)
    sys.stdout.flush()            # os._exit() ends at once, without flushing
    os._exit(0)
os.waitpid(pid, 0)                # parent: reap the child
print("parent", os.getpid(), "child", pid, "variable", variable)

# Daemon vs normal thread
beats = 0
def heartbeat():                  # no end of its own
    global beats
    while True:
        beats += 1
        print("beat", beats, flush=True)
        time.sleep(0.3)

def job():
    time.sleep(1)
    print("job done: the interpreter waited for this normal thread")
    print(f"RESULT fork_parent_variable={variable} beats_before_exit={beats} "
          f"normal_thread_finished=1 default_name={t2.name!r}")

threading.Thread(target=heartbeat, daemon=True).start()   # not waited for at exit
threading.Thread(target=job).start()                       # waited for at exit
print("end of program", flush=True)  # the interpreter joins job, then exits: the daemon stops mid-loop
