# The course's version: download 10 images one by one, with one thread each, event-driven
# (asyncio, one thread) and with a bounded pool. Standard library only.
# Start the lab's image server first:  concurrency-lab serve --port 8000
# then:  python3 downloads.py [BASE_URL]   (or set LAB_IMAGE_SERVER; default http://127.0.0.1:8000)
import asyncio, os, sys, threading, time, urllib.parse, urllib.request
from concurrent.futures import ThreadPoolExecutor

BASE = (sys.argv[1] if len(sys.argv) > 1 else os.environ.get("LAB_IMAGE_SERVER", "http://127.0.0.1:8000"))
URLS = [f"{BASE.rstrip('/')}/images/{i}.png" for i in range(10)]

def download(url):
    with urllib.request.urlopen(url, timeout=10) as reply:   # waits here; the GIL is released
        return reply.read()

def sequential():                      # N x (latency + transfer)
    return [download(url) for url in URLS]

def threads():                         # one thread per download: the waits overlap
    results = [None] * len(URLS)
    def fetch(i):
        results[i] = download(URLS[i])
    workers = [threading.Thread(target=fetch, args=(i,)) for i in range(len(URLS))]
    for t in workers: t.start()
    for t in workers: t.join()
    return results

def pool():                            # a bounded pool: 4 threads share the list
    with ThreadPoolExecutor(max_workers=4) as executor:
        return list(executor.map(download, URLS))

async def fetch_async(url):            # plain HTTP/1.0 over asyncio streams: no thread waits
    u = urllib.parse.urlsplit(url)
    reader, writer = await asyncio.open_connection(u.hostname, u.port or 80)
    writer.write(f"GET {u.path} HTTP/1.0\r\nHost: {u.netloc}\r\n\r\n".encode())
    reply = await reader.read()        # HTTP/1.0: the server closes after the reply
    writer.close()
    head, _, body = reply.partition(b"\r\n\r\n")
    status = head.split(b"\r\n")[0].decode()           # "HTTP/1.1 200 OK"
    if status.split()[1] != "200":
        raise OSError(f"{url}: {status}")
    return body

def event_driven():                    # one thread, one event loop, every request in flight
    async def main():
        return await asyncio.gather(*(fetch_async(url) for url in URLS))
    return asyncio.run(main())

if __name__ == "__main__":
    times, ok = {}, 0
    for name, strategy in [("sequential", sequential), ("threads", threads),
                           ("async", event_driven), ("pool", pool)]:
        start = time.perf_counter()
        images = strategy()
        times[name] = time.perf_counter() - start
        ok += sum(1 for image in images if image)
        print(f"{name:>10}: {times[name]:.2f} s, {len(images)} images, "
              f"{sum(map(len, images)) // 1024} KiB")
    print("RESULT " + " ".join(f"{name}={s:.3f}" for name, s in times.items()) + f" images_ok={ok}")
