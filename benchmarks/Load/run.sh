#!/usr/bin/env bash
# Load benchmark of a running sample host on loopback (benchmarks/README.md, "The sample host under load").
# Starts the host (Release) on a temporary data directory, fills it with ISSUES synthetic issues over HTTP, drives it
# with wrk (match queries, then a read/write mix) at fixed concurrency for a fixed time and stops it. The in-process
# IssueIndex, on an index of the same size, is measured right before the host starts and again right after it stops
# (the host is not running either time), and the host's match throughput is reported against each: the machine's
# background load moves the in-process figure, and the two figures show by how much during this run.
# Needs: the .NET SDK, wrk and python3 (apt-get install -y wrk python3).
set -euo pipefail
cd "$(dirname "$0")/../.."

ISSUES=${ISSUES:-10000}
SECONDS_EACH=${SECONDS_EACH:-20}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-5180}
work=$(mktemp -d)
host_pid=""
cleanup() {
  if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

key=$(python3 -c 'import base64,os; print(base64.b64encode(os.urandom(32)).decode())')
dotnet build -c Release samples/Cfc.Sample.Host -v quiet -nologo > "$work/build.log"
dotnet build -c Release benchmarks/Cfc.Sdk.Benchmarks -v quiet -nologo >> "$work/build.log"
dotnet run -c Release --no-build --project benchmarks/Cfc.Sdk.Benchmarks -- generate --issues "$ISSUES" --out "$work/corpus.jsonl" > /dev/null

# The in-process IssueIndex: 16 callers, 10 s; prints its line and keeps its qps in $work/inprocess-$1.
inprocess() {
  local line
  line=$(dotnet run -c Release --no-build --project benchmarks/Cfc.Sdk.Benchmarks -- grain-throughput --issues "$ISSUES" --via inprocess --callers 16 --seconds 10 | tail -1)
  echo "$line"
  sed -n 's/.* qps=\([0-9]*\) .*/\1/p' <<< "$line" > "$work/inprocess-$1"
}
echo "== load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== the in-process IssueIndex on $ISSUES issues, 16 callers, 10s (same run, before the host starts)"
inprocess before

# The fill and the mix send every write with one token: the writes' rate limit (Cfc:Limits:WritesPerWindow, 120 a
# minute per caller by default) is raised out of reach; the limiter still runs on every write.
dotnet samples/Cfc.Sample.Host/bin/Release/net10.0/Cfc.Sample.Host.dll \
  --urls "http://127.0.0.1:$PORT" --Cfc:DataDirectory="$work/data" --Cfc:Seed=false --Cfc:Limits:WritesPerWindow=1000000 \
  --Cfc:Cluster:SiloPort=11291 --Cfc:Cluster:GatewayPort=30291 --Logging:LogLevel:Default=Warning \
  --Authentication:Schemes:Bearer:ValidIssuer=cfc-load --Authentication:Schemes:Bearer:ValidAudience=cfc-sample-host \
  --Authentication:Schemes:Bearer:SigningKeys:0:Issuer=cfc-load --Authentication:Schemes:Bearer:SigningKeys:0:Value="$key" \
  > "$work/host.log" 2>&1 &
host_pid=$!
for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$PORT/health/ready" > /dev/null 2>&1; then break; fi
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/health/ready" > /dev/null || { cat "$work/host.log"; echo "the host did not become ready" >&2; exit 1; }

token=$(python3 benchmarks/Load/bearer_token.py "$key")
echo "== filling the host with $ISSUES issues over HTTP"
python3 benchmarks/Load/fill.py "http://127.0.0.1:$PORT" "$token" "$work/corpus.jsonl" "$work/ids.txt"

export CFC_IDS="$work/ids.txt" CFC_TOKEN="$token"
echo "== match queries: GET /api/issues/{id}/matches?k=10, $CONNECTIONS connections, ${SECONDS_EACH}s"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s benchmarks/Load/matches.lua "http://127.0.0.1:$PORT" | tee "$work/matches.txt"
echo "== read/write mix: 90% match queries, 10% new issues, $CONNECTIONS connections, ${SECONDS_EACH}s"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s benchmarks/Load/mix.lua "http://127.0.0.1:$PORT"

kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; host_pid=""
echo "== the in-process IssueIndex on $ISSUES issues, 16 callers, 10s (same run, after the host stopped)"
inprocess after

echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
host=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$work/matches.txt")
echo "== host match queries against the in-process IssueIndex (target: at least 40%)"
for when in before after; do
  python3 -c 'import sys; h, i = float(sys.argv[1]), float(sys.argv[2]); print(f"{sys.argv[3]:>6}: {h:,.0f} / {i:,.0f} = {100 * h / i:.0f}%")' \
    "$host" "$(cat "$work/inprocess-$when")" "$when"
done
