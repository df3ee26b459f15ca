#!/usr/bin/env bash
# Load benchmark of a running sample host on loopback (benchmarks/README.md, "The sample host under load").
# Starts the host (Release) on a temporary data directory, fills it with ISSUES synthetic issues over HTTP and drives
# it with wrk at fixed concurrency for fixed times: match queries, then a read/write mix; then stops it.
# The host is compared with the in-process IssueIndex on an index of the same size (grain-throughput --via inprocess,
# in a process of its own) in ROUNDS interleaved rounds of ROUND_SECONDS each: in-process, then the host, then
# in-process again and so on, the side not measured idle. The machine's speed drifts by a third and more within
# minutes (other machines' load on the same hardware), so only measurements taken side by side compare.
# Both sides are measured warm: the in-process command runs 3 s before its first round, the host gets WARMUP_SECONDS
# of match queries (longer, since Kestrel, Orleans and JSON have far more code to tier up).
# Needs: the .NET SDK, wrk and python3 (apt-get install -y wrk python3).
set -euo pipefail
cd "$(dirname "$0")/../.."

ISSUES=${ISSUES:-10000}
SECONDS_EACH=${SECONDS_EACH:-20}
WARMUP_SECONDS=${WARMUP_SECONDS:-10}
ROUNDS=${ROUNDS:-4}
ROUND_SECONDS=${ROUND_SECONDS:-5}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-5180}
work=$(mktemp -d)
host_pid=""
inprocess_pid=""
cleanup() {
  if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; fi
  if [ -n "$inprocess_pid" ]; then kill "$inprocess_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
# shellcheck source=host.sh
source benchmarks/Load/host.sh

key=$(python3 -c 'import base64,os; print(base64.b64encode(os.urandom(32)).decode())')
dotnet build -c Release samples/Cfc.Sample.Host -v quiet -nologo > "$work/build.log"
dotnet build -c Release benchmarks/Cfc.Sdk.Benchmarks -v quiet -nologo >> "$work/build.log"
dotnet run -c Release --no-build --project benchmarks/Cfc.Sdk.Benchmarks -- generate --issues "$ISSUES" --out "$work/corpus.jsonl" > /dev/null
echo "== load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"

start_host 11291

token=$(python3 benchmarks/Load/bearer_token.py "$key")
echo "== filling the host with $ISSUES issues over HTTP"
python3 benchmarks/Load/fill.py "http://127.0.0.1:$PORT" "$token" "$work/corpus.jsonl" "$work/ids.txt"
export CFC_IDS="$work/ids.txt" CFC_TOKEN="$token"

echo "== the in-process IssueIndex on $ISSUES issues, 16 callers: filling its own index (the host idle)"
coproc INPROCESS { exec dotnet benchmarks/Cfc.Sdk.Benchmarks/bin/Release/net10.0/Cfc.Sdk.Benchmarks.dll grain-throughput --issues "$ISSUES" --via inprocess --callers 16 --seconds "$ROUND_SECONDS" --rounds "$ROUNDS"; }
inprocess_pid=$INPROCESS_PID
exec {to_inprocess}>&"${INPROCESS[1]}" {from_inprocess}<&"${INPROCESS[0]}"
while read -r line <&"$from_inprocess"; do [ "$line" = ready ] && break; done
[ "${line:-}" = ready ] || { echo "the in-process measurement did not start" >&2; exit 1; }

echo "== warm-up of the host (not counted): match queries, $CONNECTIONS connections, ${WARMUP_SECONDS}s"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP_SECONDS}s" -s benchmarks/Load/matches.lua "http://127.0.0.1:$PORT" | grep -E '^Requests/sec|Non-2xx|Socket errors' || true

echo "== $ROUNDS interleaved rounds of ${ROUND_SECONDS}s: the in-process IssueIndex (16 callers), then the host's match queries ($CONNECTIONS connections)"
: > "$work/rounds.txt"
for round in $(seq 1 "$ROUNDS"); do
  echo go >&"$to_inprocess"
  read -r line <&"$from_inprocess"
  inprocess=$(sed -n 's/.* qps=\([0-9]*\) .*/\1/p' <<< "$line")
  wrk -t2 -c"$CONNECTIONS" -d"${ROUND_SECONDS}s" -s benchmarks/Load/matches.lua "http://127.0.0.1:$PORT" > "$work/round.txt"
  host=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$work/round.txt")
  grep -E 'Non-2xx|Socket errors' "$work/round.txt" || true
  echo "$inprocess $host" >> "$work/rounds.txt"
  python3 -c 'import sys; i, h = float(sys.argv[1]), float(sys.argv[2]); print(f"round {sys.argv[3]}: in-process {i:,.0f}/s, host {h:,.0f}/s, {100 * h / i:.0f}%")' "$inprocess" "$host" "$round"
done
exec {to_inprocess}>&-
wait "$inprocess_pid" 2>/dev/null || true
inprocess_pid=""

echo "== match queries: GET /api/issues/{id}/matches?k=10, $CONNECTIONS connections, ${SECONDS_EACH}s"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s benchmarks/Load/matches.lua "http://127.0.0.1:$PORT"
echo "== read/write mix: 90% match queries, 10% new issues, $CONNECTIONS connections, ${SECONDS_EACH}s"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s benchmarks/Load/mix.lua "http://127.0.0.1:$PORT"

kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; host_pid=""
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== host match queries against the in-process IssueIndex over the $ROUNDS rounds (target: at least 40%)"
python3 - "$work/rounds.txt" <<'EOF'
import sys
rounds = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
inprocess, host = sum(r[0] for r in rounds) / len(rounds), sum(r[1] for r in rounds) / len(rounds)
print(f"in-process {inprocess:,.0f}/s, host {host:,.0f}/s: {100 * host / inprocess:.0f}% (rounds {min(100 * h / i for i, h in rounds):.0f}% to {max(100 * h / i for i, h in rounds):.0f}%)")
EOF
