# The course's version: trial division, sequential vs a process pool.
# Standard library only; runs in a few seconds.
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
    random.seed(42)
    numbers = [random.randint(20_000, 100_000_000) for _ in range(10_000)]

    start = time.perf_counter()
    sequential = [factorize(n) for n in numbers]
    seq_s = time.perf_counter() - start
    print(f"sequential: {seq_s:.3f} s")

    start = time.perf_counter()
    with Pool(processes=10) as pool:          # 10 worker processes; numbers and results are pickled
        parallel = pool.map(factorize, numbers)
    pool_s = time.perf_counter() - start
    print(f"processes:  {pool_s:.3f} s")

    same = parallel == sequential             # order kept, every factor list identical
    print(f"RESULT numbers={len(numbers)} identical={int(same)} "
          f"sequential_s={seq_s:.3f} processes_s={pool_s:.3f}")

# Threads do not help here: CPython's GIL lets one thread run Python code
# at a time, so threading.Thread gives no speedup on CPU-bound work.
