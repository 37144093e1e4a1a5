# The course's version: trial division, sequential vs a process pool.
import random, time
from multiprocessing import Pool

def factorize(n):
    factors, d = [], 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors

if __name__ == "__main__":
    numbers = [random.randint(20_000, 100_000_000) for _ in range(10_000)]

    start = time.perf_counter()
    sequential = [factorize(n) for n in numbers]
    print(f"sequential: {time.perf_counter() - start:.3f} s")

    start = time.perf_counter()
    with Pool(processes=10) as pool:          # 10 worker processes
        parallel = pool.map(factorize, numbers)
    print(f"processes:  {time.perf_counter() - start:.3f} s")

    assert parallel == sequential

# Threads do not help here: CPython's GIL lets one thread run Python code
# at a time, so threading.Thread gives no speedup on CPU-bound work.
