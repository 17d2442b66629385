#!/usr/bin/env python3
"""Drives the hostile probes of docs/reliability.md against one server.

    drive.py probes BASE_URL PID      one probe at a time, 20 normal requests after each, RSS
    drive.py load BASE_URL PID SECS   wrk on BASE_URL/ok, alone then with a hostile request a second

PID: the process that runs the scripts (the nginx worker, or nano serve), for its RSS.
"""
import http.client, re, subprocess, sys, threading, time, urllib.parse

PROBES = ["huge-upper", "huge-stringify", "huge-atob", "huge-clone", "huge-encode", "native-fill",
          "native-replace", "native-join", "runaway", "bomb", "split-push", "split-then", "wait-until",
          "dead-buffer", "wasm-memory", "wasm-memories", "wasm-grown", "wasm-shared", "wasm-compile"]


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return float("nan")


def request(base, path, timeout=30):
    u = urllib.parse.urlsplit(base)
    start = time.monotonic()
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout)
    try:
        c.request("GET", u.path.rstrip("/") + path)
        r = c.getresponse()
        body = r.read()
        raw_headers = [f"{k}: {v}" for k, v in r.getheaders()]
        return r.status, body, raw_headers, time.monotonic() - start
    except Exception as e:  # reset, closed, timed out: all count as failures
        return 0, str(e).encode(), [], time.monotonic() - start
    finally:
        c.close()


def probes(base, pid):
    print(f"| probe | status | answered in | then 20 normal | RSS before → after (MB) | injected header |")
    print(f"| --- | --- | --- | --- | --- | --- |")
    worst = 0.0
    for name in PROBES:
        before = rss_mb(pid)
        status, body, headers, took = request(base, "/" + name)
        worst = max(worst, took)
        normal = sum(request(base, "/ok")[0] == 200 for _ in range(20))
        injected = any("injected" in h.lower() or "evil" in h.lower() for h in headers)
        after = rss_mb(pid)
        print(f"| {name} | {status} | {took * 1000:.0f} ms | {normal}/20 | {before:.0f} → {after:.0f} | "
              f"{'YES' if injected else 'no'} |")
    print(f"\nslowest answer: {worst * 1000:.0f} ms")
    time.sleep(20)
    print(f"RSS 20 s after the last probe (quarantined runs finished or parked): {rss_mb(pid):.0f} MB")


def wrk(base, seconds):
    out = subprocess.run(["wrk", "-t2", "-c32", f"-d{seconds}s", "--latency", base.rstrip("/") + "/ok"],
                         capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
    errors = re.search(r"Socket errors: (.*)", out)
    p99 = re.search(r"99%\s+([\d.]+\w+)", out).group(1)
    return rps, non2xx, p99, errors.group(1) if errors else "none"


def load(base, pid, seconds):
    rps0, bad0, p990, err0 = wrk(base, seconds)
    stop = threading.Event()
    sent = []

    def hostile():
        i = 0
        while not stop.wait(1.0):
            name = [p for p in PROBES if p != "wait-until"][i % (len(PROBES) - 1)]
            i += 1
            status, _, _, took = request(base, "/" + name)
            sent.append((name, status, took))

    t = threading.Thread(target=hostile)
    t.start()
    rps1, bad1, p991, err1 = wrk(base, seconds)
    stop.set()
    t.join()
    print("| run | req/s | non-2xx | p99 | socket errors |")
    print("| --- | --- | --- | --- | --- |")
    print(f"| normal traffic alone | {rps0:.0f} | {bad0} | {p990} | {err0} |")
    print(f"| with a hostile request every second | {rps1:.0f} | {bad1} | {p991} | {err1} |")
    print(f"\nratio: {rps1 / rps0:.2f}; hostile requests sent: {len(sent)}, slowest answer "
          f"{max(t for _, _, t in sent) * 1000:.0f} ms; RSS right after: {rss_mb(pid):.0f} MB")
    time.sleep(20)
    print(f"RSS 20 s later: {rss_mb(pid):.0f} MB")


if __name__ == "__main__":
    mode, base, pid = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if mode == "probes":
        probes(base, pid)
    else:
        load(base, pid, int(sys.argv[4]))
