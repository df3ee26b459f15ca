"""Made the data directory of this folder with the host of commit e07fa85 (the last release's stored form).

Run against that host, started seeded on an empty data directory (see README.md here): it adds what the seed has no
record of (a membership, a person, a good practice, a bottleneck with its escalation, an organisation with expertise,
a subscriber, a second meeting) and writes answers.json, the host's answers to the reads that show every kind of record.
Usage: python3 make.py BASE_URL COORDINATOR_TOKEN
"""
import json, sys, urllib.request

base, token = sys.argv[1].rstrip("/"), sys.argv[2]

def call(method, path, body=None, auth=False):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("content-type", "application/json")
    if auth or method != "GET":
        request.add_header("authorization", "Bearer " + token)
    with urllib.request.urlopen(request) as response:
        text = response.read().decode()
        return json.loads(text) if text else None

call("POST", "/api/municipalities/GM0518/membership", {"joined": "2023-01-01"})
call("POST", "/api/municipalities/GM0518/people", {"displayName": "A. de Vries", "role": "CivilServant", "contact": "kindvriendelijk@gemeente.example"})
call("PUT", "/api/organisations/jeugdfonds", {"name": "Jeugdfonds", "expertise": {"description": "Armoede onder kinderen en meedoen met sport.", "themes": ["armoede"], "articles": [27]}})
call("POST", "/api/practices", {"member": "GM1942", "title": "Kinderraad", "goalAreas": ["VoiceHeard"], "whatWasDone": "Een kinderraad van twaalf leden.", "challenges": "Werven op alle scholen.", "lessonsLearned": "Elk jaar opnieuw kiezen.", "articles": [12]})
bottleneck = call("POST", "/api/bottlenecks", {"signalledBy": "GM0518", "title": "Wachtlijst jeugdhulp", "description": "Kinderen wachten maanden.", "articles": [24], "on": "2026-01-01"})
call("POST", f"/api/bottlenecks/{bottleneck['id']}/escalations", {"level": "Regional", "on": "2026-02-01", "note": "Regio gevraagd"})
call("POST", "/api/newsletters/subscribers", {"address": "lezer@example.org"})
call("POST", "/api/meetings", {"title": "Overleg spelen", "format": "Online", "kind": "LocalIssue", "organiser": "GM0344", "start": "2027-09-02T10:00:00", "duration": "PT1H"})

codes = [m["code"] for m in call("GET", "/api/municipalities")]
reads = ["/api/municipalities", "/api/organisations", "/api/organisations/jeugdfonds", "/api/meetings?from=2000-01-01",
         "/api/practices", "/api/bottlenecks", f"/api/bottlenecks/{bottleneck['id']}", "/api/members?on=2026-12-05",
         "/api/newsletters/schedule", "/api/newsletters/subscribers"]
for code in codes:
    reads += [f"/api/municipalities/{code}/programme?on=2026-12-05", f"/api/municipalities/{code}/indicators",
              f"/api/municipalities/{code}/issues", f"/api/municipalities/{code}/membership", f"/api/municipalities/{code}/people"]
answers = {path: call("GET", path, auth=True) for path in reads}
for code in codes:
    for issue in answers[f"/api/municipalities/{code}/issues"]:
        answers[f"/api/issues/{issue['id']}"] = call("GET", f"/api/issues/{issue['id']}")
with open("answers.json", "w", encoding="utf-8") as out:
    json.dump(answers, out, ensure_ascii=False, indent=1, sort_keys=True)
    out.write("\n")
print(f"{len(answers)} answers of {len(codes)} municipalities")
