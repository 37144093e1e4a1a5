# The course's version: download images one by one, then with one thread each.
import threading, time
import requests

URLS = [f"http://127.0.0.1:8000/images/{i}.png" for i in range(10)]

def download(url, results, index):
    reply = requests.get(url, timeout=10)     # the thread waits here; the GIL is released
    reply.raise_for_status()
    results[index] = reply.content

if __name__ == "__main__":
    results = [None] * len(URLS)
    start = time.perf_counter()
    for i, url in enumerate(URLS):             # sequential: N x latency
        download(url, results, i)
    print(f"sequential: {time.perf_counter() - start:.2f} s")

    results = [None] * len(URLS)
    start = time.perf_counter()
    threads = [threading.Thread(target=download, args=(url, results, i))
               for i, url in enumerate(URLS)]
    for t in threads:                          # threads: the waits overlap, ~1 x latency
        t.start()
    for t in threads:
        t.join()
    print(f"threads: {time.perf_counter() - start:.2f} s")
