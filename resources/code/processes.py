# The course's version: worker processes and their properties, a crash, and an event loop.
# Standard library only, Linux (/proc); runs in about 5 s.
import asyncio, multiprocessing, os, resource, signal, subprocess, sys, threading, time

def properties():
    return (f"pid {os.getpid()} ppid {os.getppid()} pgid {os.getpgid(0)} uid {os.getuid()} "
            f"threads {threading.active_count()} fds {len(os.listdir('/proc/self/fd'))}")

def worker(n, crash):
    sys.stdout.write(f"worker-{n}: {properties()}\n")
    sys.stdout.flush()                          # a crash would skip the flush at exit
    if crash:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))   # no core file, please
        os.kill(os.getpid(), signal.SIGSEGV)    # a real crash: the kernel ends this process
    time.sleep(0.5)                             # the others go on working

def busy(seconds):                              # pure computation, no waiting
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass

async def event_loop_demo():
    loop = asyncio.get_running_loop()
    late = []
    async def ticker():                         # a 5 ms timer: how late does each tick run?
        while True:
            start = loop.time()
            await asyncio.sleep(0.005)
            late.append(loop.time() - start - 0.005)
    tick = asyncio.create_task(ticker())
    await asyncio.sleep(0.1)
    busy(2)                                     # a 2 s handler on the loop's own thread
    await asyncio.sleep(0.1)
    blocked, late[:] = max(late), []
    await asyncio.to_thread(busy, 2)            # the same work in a thread: the loop goes on
    in_thread = max(late)
    tick.cancel()
    return blocked, in_thread

if __name__ == "__main__":
    print(f"parent: {properties()}", flush=True)
    # Another program, like QProcess::start(): subprocess.Popen.
    other = subprocess.Popen([sys.executable, "-c", "import os; print('program: pid', os.getpid())"])
    other.wait()
    # A function of THIS program in child processes (fork or spawn): multiprocessing.Process.
    workers = [multiprocessing.Process(target=worker, args=(n, n == 2), name=f"worker-{n}")
               for n in (1, 2, 3)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()                                # reap it: no zombie left
        print(p.name, "exit code", p.exitcode)  # -11: killed by SIGSEGV
    # Event-driven: asyncio's loop, like Qt's, runs one handler at a time on one thread.
    blocked, in_thread = asyncio.run(event_loop_demo())   # like QCoreApplication::exec()
    print(f"event loop late by {blocked * 1000:.0f} ms (work on the loop) "
          f"vs {in_thread * 1000:.0f} ms (work in a thread)")
    codes = ",".join(str(p.exitcode) for p in workers)
    print(f"RESULT worker_exitcodes={codes} other_program_exitcode={other.returncode} "
          f"loop_late_ms_blocked={blocked * 1000:.0f} loop_late_ms_thread={in_thread * 1000:.0f}")
