"""Fills a sample host with the synthetic corpus over HTTP: its members (PUT), then its issues (POST), 8 at a time.
Writes the ids the host gave the issues, one a line, for the wrk scripts."""
import json, sys, urllib.request
from concurrent.futures import ThreadPoolExecutor

base, token, corpus, ids_out = sys.argv[1:5]
headers = {"Content-Type": "application/json", "Authorization": "Bearer " + token}
issues = [json.loads(line) for line in open(corpus, encoding="utf-8")]
members = sorted({i["member"] for i in issues})

def send(method, path, body):
    request = urllib.request.Request(base + path, data=json.dumps(body).encode(), headers=headers, method=method)
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read() or b"null")

with ThreadPoolExecutor(8) as pool:
    list(pool.map(lambda m: send("PUT", f"/api/municipalities/{m}", {"name": "Gemeente " + m}), members))
    def post(issue):
        body = {"title": issue["title"], "text": issue["text"], "themes": issue.get("themes") or [], "articles": issue.get("articles") or []}
        return send("POST", f"/api/municipalities/{issue['member']}/issues", body)["id"]
    ids = list(pool.map(post, issues))

with open(ids_out, "w", encoding="utf-8") as out:
    out.write("\n".join(ids) + "\n")
print(f"{len(members)} members, {len(ids)} issues")
