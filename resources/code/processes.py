# The course's version: worker processes and their properties, and an event loop.
import multiprocessing, os, threading, time

def worker(seconds):
    print("child ", os.getpid(), "parent", os.getppid(), "group", os.getpgid(0),
          "user", os.getuid(), "threads", threading.active_count(),
          "fds", len(os.listdir("/proc/self/fd")), "env", len(os.environ))
    time.sleep(seconds)

if __name__ == "__main__":
    print("parent", os.getpid())
    workers = [multiprocessing.Process(target=worker, args=(30,), name=f"worker-{i + 1}")
               for i in range(3)]
    for p in workers:
        p.start()                 # fork (or spawn): a new process, a new pid
    for p in workers:
        p.terminate()             # Stop: SIGTERM
        p.join()                  # reap it: no zombie left
        print(p.name, p.pid, "exit code", p.exitcode)

# Event-driven: Tkinter's mainloop, like Qt's, runs one handler at a time.
import tkinter as tk

def busy():                       # 2 s on the GUI thread: the window freezes
    end = time.perf_counter() + 2
    while time.perf_counter() < end:
        pass

def in_a_thread():                # the same work elsewhere; the loop stays free
    threading.Thread(target=busy, daemon=True).start()

root = tk.Tk()
tk.Button(root, text="work on the GUI thread", command=busy).pack()
tk.Button(root, text="work in a thread", command=in_a_thread).pack()
root.mainloop()                   # wait for an event, dispatch it, repeat
