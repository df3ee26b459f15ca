"""The scale benchmark's client (benchmarks/README.md, "A network at scale"): fills a sample host over HTTP, then
measures the bytes one change writes and the latency of the home page and a page of municipalities.

  scale.py fill BASE TOKEN MUNICIPALITIES ORGANISATIONS MEETINGS PRACTICES BOTTLENECKS PEOPLE
  scale.py change BASE TOKEN PID REPEATS
  scale.py latency BASE REQUESTS

fill prints one line per kind (count, seconds); change prints, per kind of change, the median over REPEATS of the
host process's wchar and write_bytes deltas (/proc/PID/io) around one request, each change sent once first unmeasured
(warm); latency prints p50 and p95 of sequential GETs after 20 unmeasured ones."""
import json, random, statistics, sys, time, urllib.request
from concurrent.futures import ThreadPoolExecutor

THREADS = 8
rng = random.Random(20261205)

def send(base, token, method, path, body=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, headers=headers, method=method)
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read() or b"null")

def code(i):
    # GM1000 onwards: clear of the Caribbean public bodies (GM9001-GM9003), whose zone differs.
    return f"GM{1000 + i:04d}"

def meeting(i, municipalities):
    year = 2020 + i % 10
    return {"title": f"Overleg {i}", "format": "Online", "kind": "Thematic", "themes": [{"name": "spelen", "chosenWithYoungPeople": False}],
            "organiser": code(rng.randrange(municipalities)), "start": f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}T10:00:00", "duration": "PT1H"}

def practice(i, municipalities):
    return {"member": code(i % municipalities), "title": f"Kinderraad {i}", "goalAreas": ["VoiceHeard"], "whatWasDone": "Een kinderraad opgericht.",
            "challenges": "Kinderen bereiken.", "lessonsLearned": "Vroeg beginnen.", "articles": [12]}

def bottleneck(i, municipalities):
    return {"signalledBy": code(i % municipalities), "title": f"Wachtlijst {i}", "description": "Kinderen wachten op jeugdhulp.", "articles": [24]}

def person(i):
    return {"displayName": f"Medewerker {i}", "role": "CivilServant", "contact": f"medewerker{i}@gemeente.example"}

def fill(base, token, municipalities, organisations, meetings, practices, bottlenecks, people):
    kinds = [
        ("municipalities", municipalities, lambda i: send(base, token, "PUT", f"/api/municipalities/{code(i)}", {"name": f"Gemeente {i}"})),
        ("organisations", organisations, lambda i: send(base, token, "PUT", f"/api/organisations/org-{i}",
                                                       {"name": f"Organisatie {i}", "expertise": {"description": "Armoede onder kinderen.", "themes": ["armoede"]}})),
        ("meetings", meetings, lambda i: send(base, token, "POST", "/api/meetings", meeting(i, municipalities))),
        ("practices", practices, lambda i: send(base, token, "POST", "/api/practices", practice(i, municipalities))),
        ("bottlenecks", bottlenecks, lambda i: send(base, token, "POST", "/api/bottlenecks", bottleneck(i, municipalities))),
        ("people", people, lambda i: send(base, token, "POST", f"/api/municipalities/{code(i % municipalities)}/people", person(i))),
    ]
    total = time.perf_counter()
    with ThreadPoolExecutor(THREADS) as pool:
        for name, count, write in kinds:
            started = time.perf_counter()
            list(pool.map(write, range(count)))
            print(f"fill {name}: {count} in {time.perf_counter() - started:.1f} s")
    print(f"fill total: {time.perf_counter() - total:.1f} s")

def io(pid):
    values = dict(line.split(": ") for line in open(f"/proc/{pid}/io").read().splitlines())
    return int(values["wchar"]), int(values["write_bytes"])

def change(base, token, pid, repeats):
    # A practice is changed with PUT /api/practices/{id} where POST answers an id (issue 17); before that, the change
    # measured is a practice added, and the line says so.
    created = send(base, token, "POST", "/api/practices", practice(0, 1))
    practice_id = created.get("id") if isinstance(created, dict) else None
    changes = [
        ("a meeting added", lambda n: send(base, token, "POST", "/api/meetings", meeting(10**6 + n, 1))),
        (("a practice changed", lambda n: send(base, token, "PUT", f"/api/practices/{practice_id}", dict(practice(0, 1), title=f"Kinderraad {n}")))
         if practice_id is not None else
         ("a practice added (no practice ids yet)", lambda n: send(base, token, "POST", "/api/practices", practice(10**6 + n, 1)))),
        ("a person added", lambda n: send(base, token, "POST", f"/api/municipalities/{code(0)}/people", person(10**6 + n))),
    ]
    for label, write in changes:
        write(0)
        wchars, blocks = [], []
        for n in range(1, repeats + 1):
            before = io(pid)
            write(n)
            after = io(pid)
            wchars.append(after[0] - before[0])
            blocks.append(after[1] - before[1])
        print(f"change {label}: wchar {statistics.median(wchars) / 1024:.1f} KB, write_bytes {statistics.median(blocks) / 1024:.1f} KB (median of {repeats})")

def latency(base, requests):
    for path in ["/", "/api/municipalities?limit=100"]:
        for _ in range(20):
            urllib.request.urlopen(base + path).read()
        times = []
        for _ in range(requests):
            started = time.perf_counter()
            urllib.request.urlopen(base + path).read()
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        print(f"latency GET {path}: p50 {times[len(times) // 2]:.1f} ms, p95 {times[int(len(times) * 0.95) - 1]:.1f} ms ({requests} sequential)")

command, base = sys.argv[1], sys.argv[2]
if command == "fill":
    fill(base, sys.argv[3], *map(int, sys.argv[4:10]))
elif command == "change":
    change(base, sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
elif command == "latency":
    latency(base, int(sys.argv[3]))
else:
    sys.exit(f"unknown command {command}")
