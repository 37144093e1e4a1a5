# The closest Python illustration. CPython cannot show cache effects directly: every list element
# is a pointer to a boxed object, and the interpreter's own overhead (tens of ns per step) hides
# the nanoseconds of an L1 hit. NumPy arrays hold raw machine words, so the pointer chase below
# does touch one cache line per step, but each step still pays the interpreter's overhead.
import os, time
import numpy as np

def cyclic_permutation(n, rng):
    """Sattolo's algorithm: one random cycle through all n nodes."""
    nxt = np.arange(n)
    for i in range(n - 1, 0, -1):
        j = rng.integers(0, i)          # j < i, unlike Fisher-Yates
        nxt[i], nxt[j] = nxt[j], nxt[i]
    return nxt

def latency_ns(working_set_bytes, accesses=200_000, line=64):
    nodes = working_set_bytes // line
    words = line // 8                   # one node per 64-byte line
    chain = np.zeros(nodes * words, dtype=np.int64)
    chain[::words] = cyclic_permutation(nodes, np.random.default_rng(42)) * words
    p = 0
    start = time.perf_counter_ns()
    for _ in range(accesses):
        p = chain[p]                    # each load needs the previous one
    return (time.perf_counter_ns() - start) / accesses

for kib in (4, 32, 256, 2048, 16384, 131072):
    print(f"{kib:>7} KiB: {latency_ns(kib * 1024):6.1f} ns per step (mostly interpreter)")

# False sharing needs threads that really run at once and write adjacent memory: CPython's GIL
# lets one thread run bytecode at a time, so use processes writing one shared array instead:
#   from multiprocessing import Process, shared_memory
#   counters at index 0 and 1 (8 bytes apart)  vs  at index 0 and 16 (128 bytes apart)
# The effect is there, but buried under the interpreter's per-increment cost.
NODES = "/sys/devices/system/node"
print("NUMA nodes:", [d for d in sorted(os.listdir(NODES)) if d.startswith("node")] if os.path.isdir(NODES) else "none listed")
