"""Made the data directory of this folder with the host of commit b8f0a00 (release 0.2: schema 2, a grain per entity).

Run against that host, started seeded on an empty data directory (see README.md here): it adds what the seed has no
record of (a membership and its end, a person, an organisation with expertise and a person, observations with a
breakdown and a provisional figure, a target, a programme up to its recognition, a local issue, a corrected practice, a
bottleneck escalated and resolved, a planned and a cancelled meeting, a schedule and a subscriber) and writes
answers.json, the host's answers to the reads that show every kind of record.
Usage: python3 make.py BASE_URL COORDINATOR_TOKEN
"""
import json, sys, urllib.error, urllib.request

base, token = sys.argv[1].rstrip("/"), sys.argv[2]

def call(method, path, body=None, auth=False):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("content-type", "application/json")
    if auth or method != "GET":
        request.add_header("authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request) as response:
            text = response.read().decode()
            return json.loads(text) if text else None
    except urllib.error.HTTPError as error:
        sys.exit(f"{method} {path}: {error.code} {error.read().decode()}")

call("PUT", "/api/municipalities/GM0363", {"name": "Amsterdam"})
call("POST", "/api/municipalities/GM0363/membership", {"joined": "2022-01-01"})
call("POST", "/api/municipalities/GM0363/membership", {"left": "2025-12-31"})
call("POST", "/api/municipalities/GM0518/people", {"displayName": "A. de Vries", "role": "CivilServant", "contact": "kindvriendelijk@gemeente.example"})
call("PUT", "/api/organisations/jeugdfonds", {"name": "Jeugdfonds", "expertise": {"description": "Armoede onder kinderen en meedoen met sport.", "themes": ["armoede"], "articles": [27]}})
call("POST", "/api/municipalities/GM0363/observations", {"indicator": "poverty.low-income-minors", "period": "2022", "value": 9.1})
call("POST", "/api/municipalities/GM0363/observations", {"indicator": "poverty.low-income-minors", "period": "2023", "value": 8.4, "status": "Provisional"})
call("PUT", "/api/municipalities/GM0363/targets/poverty.low-income-minors", {"baselinePeriod": "2022", "baselineValue": 9.1, "value": 6, "date": "2030-12-31"})
for transition in [{"phase": "Applied", "on": "2019-01-10"}, {"phase": "Agreement", "on": "2019-06-01", "note": "Convenant getekend"},
                   {"phase": "SituationAnalysis", "on": "2020-01-15"}, {"phase": "ActionPlan", "on": "2020-09-01"},
                   {"phase": "Implementation", "on": "2021-03-01"}, {"phase": "Evaluation", "on": "2022-03-01"},
                   {"phase": "Recognised", "on": "2022-09-01", "note": "Erkend", "criteria": ["Results", "Participation", "NonDiscrimination"]}]:
    call("POST", "/api/municipalities/GM0363/programme/transitions", transition)
call("POST", "/api/municipalities/GM0363/issues", {"title": "Veilig naar school", "text": "Kinderen fietsen over drukke wegen naar school.", "themes": ["verkeer"], "articles": [6]})
practice = call("POST", "/api/practices", {"member": "GM1942", "title": "Kinderraad", "goalAreas": ["VoiceHeard"], "whatWasDone": "Een kinderraad van twaalf leden.", "challenges": "Werven op alle scholen.", "lessonsLearned": "Elk jaar opnieuw kiezen.", "articles": [12]})
call("PUT", f"/api/practices/{practice['id']}", {"member": "GM1942", "title": "Kinderraad", "goalAreas": ["VoiceHeard", "FamilyPlayLeisure"], "whatWasDone": "Een kinderraad van vijftien leden.", "challenges": "Werven op alle scholen.", "lessonsLearned": "Elk jaar opnieuw kiezen.", "articles": [12]})
bottleneck = call("POST", "/api/bottlenecks", {"signalledBy": "GM0518", "title": "Wachtlijst jeugdhulp", "description": "Kinderen wachten maanden.", "articles": [24], "on": "2026-01-01"})
call("POST", f"/api/bottlenecks/{bottleneck['id']}/escalations", {"level": "National", "on": "2026-02-01", "note": "Landelijk agenderen"})
call("POST", f"/api/bottlenecks/{bottleneck['id']}/resolution", {"on": "2026-06-01", "outcome": "Extra plaatsen ingekocht."})
planned = call("POST", "/api/meetings", {"title": "Overleg spelen", "format": "Online", "kind": "LocalIssue", "organiser": "GM0344", "start": "2027-09-02T10:00:00", "duration": "PT1H"})
cancelled = call("POST", "/api/meetings", {"title": "Netwerkdag", "format": "InPerson", "kind": "Thematic", "themes": [{"name": "spelen", "chosenWithYoungPeople": True}], "organiser": "GM0518", "start": "2027-10-07T13:00:00", "duration": "PT3H", "participants": ["GM1942"]})
call("POST", f"/api/meetings/{cancelled['id']}/cancellation", {"reason": "Te weinig aanmeldingen."})
call("PUT", "/api/newsletters/schedule", {"anchor": "2026-01-15", "cadence": "P1M"})
call("POST", "/api/newsletters/subscribers", {"address": "lezer@example.org"})

codes = [m["code"] for m in call("GET", "/api/municipalities")]
reads = ["/api/municipalities", "/api/organisations", "/api/organisations/jeugdfonds", "/api/meetings?from=2000-01-01",
         f"/api/meetings/{planned['id']}", f"/api/meetings/{cancelled['id']}", "/api/practices", f"/api/practices/{practice['id']}",
         "/api/bottlenecks", f"/api/bottlenecks/{bottleneck['id']}", "/api/members?on=2025-06-01", "/api/members?on=2026-12-05",
         "/api/newsletters/schedule", "/api/newsletters/subscribers"]
for code in codes:
    reads += [f"/api/municipalities/{code}", f"/api/municipalities/{code}/programme?on=2026-12-05", f"/api/municipalities/{code}/indicators",
              f"/api/municipalities/{code}/issues", f"/api/municipalities/{code}/membership", f"/api/municipalities/{code}/people"]
answers = {path: call("GET", path, auth=True) for path in reads}
for code in codes:
    for issue in answers[f"/api/municipalities/{code}/issues"]:
        answers[f"/api/issues/{issue['id']}"] = call("GET", f"/api/issues/{issue['id']}")
with open("answers.json", "w", encoding="utf-8") as out:
    json.dump(answers, out, ensure_ascii=False, indent=1, sort_keys=True)
    out.write("\n")
print(f"{len(answers)} answers of {len(codes)} municipalities")
