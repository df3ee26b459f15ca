"""The scale benchmark's client (benchmarks/README.md, "A network at scale"): fills a sample host over HTTP, then
measures the bytes one change writes and the latency of the home page and a page of municipalities.

  scale.py fill BASE TOKEN MUNICIPALITIES ORGANISATIONS MEETINGS PRACTICES BOTTLENECKS PEOPLE
  scale.py change BASE TOKEN PID REPEATS
  scale.py latency BASE REQUESTS

fill prints one line per kind (count, seconds); change prints, per kind of change, the median over REPEATS of the
host process's wchar and write_bytes deltas (/proc/PID/io) around one request, each change sent once first unmeasured
(warm); latency prints p50 and p95 of sequential GETs after 20 unmeasured ones."""
import datetime, json, random, statistics, sys, time, urllib.request
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

# Meetings start on days spread evenly over 2020-2029; practices are shared and bottlenecks signalled on days spread
# evenly over 2020-2025, as a network's work spreads over the years (the lists file each entity under its day).
MEETINGS_FROM, MEETING_DAYS = datetime.date(2020, 1, 1), 3653
WORK_FROM, WORK_DAYS = datetime.date(2020, 1, 1), 2192

def spread(i, count, first, days):
    return first + datetime.timedelta(days=i * days // max(count, 1))

def meeting(i, municipalities, count=1):
    day = spread(i, count, MEETINGS_FROM, MEETING_DAYS)
    return {"title": f"Overleg {i}", "format": "Online", "kind": "Thematic", "themes": [{"name": "spelen", "chosenWithYoungPeople": False}],
            "organiser": code(rng.randrange(municipalities)), "start": f"{day.isoformat()}T10:00:00", "duration": "PT1H"}

def practice(i, municipalities, count=1):
    return {"member": code(i % municipalities), "title": f"Kinderraad {i}", "goalAreas": ["VoiceHeard"], "whatWasDone": "Een kinderraad opgericht.",
            "challenges": "Kinderen bereiken.", "lessonsLearned": "Vroeg beginnen.", "articles": [12],
            "sharedOn": spread(i, count, WORK_FROM, WORK_DAYS).isoformat()}

def bottleneck(i, municipalities, count=1):
    return {"signalledBy": code(i % municipalities), "title": f"Wachtlijst {i}", "description": "Kinderen wachten op jeugdhulp.", "articles": [24],
            "on": spread(i, count, WORK_FROM, WORK_DAYS).isoformat()}

def person(i):
    return {"displayName": f"Medewerker {i}", "role": "CivilServant", "contact": f"medewerker{i}@gemeente.example"}

def fill(base, token, municipalities, organisations, meetings, practices, bottlenecks, people):
    kinds = [
        ("municipalities", municipalities, lambda i: send(base, token, "PUT", f"/api/municipalities/{code(i)}", {"name": f"Gemeente {i}"})),
        ("organisations", organisations, lambda i: send(base, token, "PUT", f"/api/organisations/org-{i}",
                                                       {"name": f"Organisatie {i}", "expertise": {"description": "Armoede onder kinderen.", "themes": ["armoede"]}})),
        ("meetings", meetings, lambda i: send(base, token, "POST", "/api/meetings", meeting(i, municipalities, meetings))),
        ("practices", practices, lambda i: send(base, token, "POST", "/api/practices", practice(i, municipalities, practices))),
        ("bottlenecks", bottlenecks, lambda i: send(base, token, "POST", "/api/bottlenecks", bottleneck(i, municipalities, bottlenecks))),
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
    # Each change lands where the fill put the network's work: a meeting on one of the first days of the meetings'
    # years, a change to the title of a practice on the first day of the practices' years (a title is what the list
    # shows, so the change writes its day as well as the practice).
    practice_id = send(base, token, "POST", "/api/practices", practice(0, 1))["id"]
    changes = [
        ("a meeting added", lambda n: send(base, token, "POST", "/api/meetings", meeting(n, 1, MEETING_DAYS))),
        ("a practice changed", lambda n: send(base, token, "PUT", f"/api/practices/{practice_id}", dict(practice(0, 1), title=f"Kinderraad {n}"))),
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
