"""Fills one member of a running sample host with ISSUES issues of about TEXT characters each over HTTP (one at a
time: the member's grain takes one write at a time anyway), then measures its page (/municipalities/{code}) and its
issues' list route: the size of each, and the latency of 100 requests one after the other and of 16 at once
(p50/p95, after a warm-up), and /health/ready while the 16 run."""
import json, statistics, sys, time, urllib.request
from concurrent.futures import ThreadPoolExecutor

base, token, code, issues, text_length = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
headers = {"Content-Type": "application/json", "Authorization": "Bearer " + token}

def send(method, path, body):
    request = urllib.request.Request(base + path, data=json.dumps(body).encode(), headers=headers, method=method)
    with urllib.request.urlopen(request, timeout=120) as response:
        return response.read()

def get(path):
    started = time.perf_counter()
    with urllib.request.urlopen(base + path, timeout=120) as response:
        body = response.read()
    return time.perf_counter() - started, len(body)

words = "kinderen armoede sport cultuur school wijk jeugd meedoen zwemles bibliotheek ouders buurt".split()
send("PUT", f"/api/municipalities/{code}", {"name": "'s-Gravenhage"})
started = time.perf_counter()
for i in range(issues):
    text = " ".join(words[(i + j) % len(words)] for j in range(text_length // 8))[:text_length]
    send("POST", f"/api/municipalities/{code}/issues", {"title": f"Vraagstuk {i} over armoede en meedoen", "text": text, "themes": ["armoede"]})
    if (i + 1) % 250 == 0:
        print(f"  {i + 1} issues, {time.perf_counter() - started:.0f} s", flush=True)
started = time.perf_counter()
send("POST", f"/api/municipalities/{code}/issues", {"title": "Nog een", "text": "Nog een vraagstuk."})
print(f"filled: {issues} issues of {text_length} characters; one more write then took {1000 * (time.perf_counter() - started):.0f} ms")

def measure(name, path):
    for _ in range(10):
        get(path)
    one = [get(path) for _ in range(100)]
    sizes = {size for _, size in one}
    latencies = sorted(t for t, _ in one)
    with ThreadPoolExecutor(16) as pool:
        running = pool.map(lambda _: get(path), range(160))
        ready_time, _ = get("/health/ready")
        parallel = sorted(t for t, _ in running)
    def p(values, q):
        return 1000 * statistics.quantiles(values, n=100)[q - 1]
    print(f"| {name} | {max(sizes):,} bytes | {p(latencies, 50):.1f} / {p(latencies, 95):.1f} ms | {p(parallel, 50):.1f} / {p(parallel, 95):.1f} ms | {1000 * ready_time:.0f} ms |")

print("| request | size | one at a time, p50 / p95 | 16 at once, p50 / p95 | /health/ready during the 16 |")
print("|---|---|---|---|---|")
measure(f"`GET /municipalities/{code}`", f"/municipalities/{code}")
measure(f"`GET /municipalities/{code}?page=2`", f"/municipalities/{code}?page=2")
measure(f"`GET /api/municipalities/{code}/issues` (100)", f"/api/municipalities/{code}/issues")
measure(f"`GET /api/municipalities/{code}/issues?limit=10`", f"/api/municipalities/{code}/issues?limit=10")
measure("`GET /`", "/")
