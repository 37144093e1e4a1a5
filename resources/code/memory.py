# The closest Python illustration, standard library only (NumPy would do the same with np.int64
# arrays, but it is optional). A list holds pointers to boxed objects; array.array holds raw
# machine words side by side, so Python does control layout: array, NumPy, shared_memory.
# The interpreter's own cost (tens of ns per step) hides most of an L1 hit, but a pointer chase
# through a working set far larger than the caches still gets slower. Linux; runs in about 10 s.
import array, os, random, time

LINE = 64                                   # bytes per cache line
WORDS = LINE // 8                           # one node per line: 8 words of 8 bytes

def chain(working_set_bytes):
    """One random cycle through all nodes (Sattolo), one node per 64-byte cache line."""
    nodes = working_set_bytes // LINE
    order = list(range(nodes))
    rng = random.Random(42)
    for i in range(nodes - 1, 0, -1):
        j = rng.randrange(i)                # j < i, unlike Fisher-Yates: a single cycle
        order[i], order[j] = order[j], order[i]
    words = array.array("q", bytes(nodes * LINE))   # raw 8-byte integers, contiguous
    for i in range(nodes):
        words[i * WORDS] = order[i] * WORDS         # node i points to node order[i]
    return words

def ns_per_step(words, steps=300_000):
    p = 0
    start = time.perf_counter_ns()
    for _ in range(steps):
        p = words[p]                        # each load needs the address the previous one returned
    return (time.perf_counter_ns() - start) / steps

results = {}
for kib in (16, 256, 4096, 65536):         # inside L1, L2, maybe L3; far beyond every cache
    words = chain(kib * 1024)
    results[kib] = min(ns_per_step(words) for _ in range(2))   # the better of two runs
    print(f"{kib:>6} KiB: {results[kib]:5.1f} ns per step")

# False sharing needs writers that really run at once: CPython's GIL lets one thread run bytecode
# at a time, so it takes processes writing one shared block (multiprocessing.shared_memory):
# counters 8 bytes apart (one line) vs 128 bytes apart (two lines: the prefetcher pairs lines).
NODES = "/sys/devices/system/node"
nodes = sorted(d for d in os.listdir(NODES) if d[4:].isdigit()) if os.path.isdir(NODES) else []
print("NUMA nodes:", nodes or "none listed (UMA, or no /sys)")
print(f"RESULT numa_nodes={len(nodes)} ns_small={results[16]:.1f} ns_large={results[65536]:.1f} "
      f"slowdown={results[65536] / results[16]:.2f}")
