#!/usr/bin/env bash
# Scale benchmark of the sample host on the SQLite store (benchmarks/README.md, "A network at scale"). For each of two
# networks, a large one (3,000 municipalities, 300 organisations, 30,000 meetings over 2020-2029, 10,000 good
# practices, 3,000 bottlenecks, 10,000 people by default) and a small one of SMALL municipalities with the rest in
# proportion: starts the host (Release) on a fresh data directory, fills it through the HTTP API, reports the fill time
# and the silo's resident memory (VmRSS from /proc), the bytes one change writes (the host process's wchar and
# write_bytes deltas from /proc/PID/io around one request: a meeting added, a practice changed, a person added; each
# sent once unmeasured first) and, with the host warm, p50/p95 of GET / and GET /api/municipalities?limit=100.
# SCALE divides the large network's sizes (SCALE=10 for a quick check). Needs the .NET SDK and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."

SCALE=${SCALE:-1}
SMALL=${SMALL:-10}
REPEATS=${REPEATS:-5}
REQUESTS=${REQUESTS:-200}
PORT=${PORT:-5190}
work=$(mktemp -d)
host_pid=""
cleanup() {
  if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
# shellcheck source=../Load/host.sh
source benchmarks/Load/host.sh

key=$(python3 -c 'import base64,os; print(base64.b64encode(os.urandom(32)).decode())')
dotnet build -c Release samples/Cfc.Sample.Host -v quiet -nologo > "$work/build.log"
token=$(python3 benchmarks/Load/bearer_token.py "$key")

# network LABEL MUNICIPALITIES ORGANISATIONS MEETINGS PRACTICES BOTTLENECKS PEOPLE
network() {
  local label=$1
  shift
  echo "== $label: $1 municipalities, $2 organisations, $3 meetings, $4 practices, $5 bottlenecks, $6 people"
  rm -rf "$work/data"
  start_host 11391
  python3 benchmarks/Scale/scale.py fill "http://127.0.0.1:$PORT" "$token" "$@"
  echo "memory: VmRSS $(awk '/^VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$host_pid/status") after the fill"
  python3 benchmarks/Scale/scale.py change "http://127.0.0.1:$PORT" "$token" "$host_pid" "$REPEATS"
  python3 benchmarks/Scale/scale.py latency "http://127.0.0.1:$PORT" "$REQUESTS"
  kill "$host_pid"
  wait "$host_pid" 2>/dev/null || true
  host_pid=""
}

network "large network" $((3000 / SCALE)) $((300 / SCALE)) $((30000 / SCALE)) $((10000 / SCALE)) $((3000 / SCALE)) $((10000 / SCALE))
network "small network" "$SMALL" $((SMALL / 10 > 0 ? SMALL / 10 : 1)) $((SMALL * 10)) $((SMALL * 10 / 3)) "$SMALL" $((SMALL * 10 / 3))
