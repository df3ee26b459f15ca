#!/usr/bin/env bash
# A member's page when the member holds thousands of long issues (benchmarks/README.md, "A member with thousands of
# issues"). Starts the sample host (Release) on a temporary data directory, fills one member with ISSUES issues of
# TEXT characters over HTTP, then measures the member's page and its issues' list: size, p50/p95 of 100 requests one
# at a time and of 160 requests 16 at once, and /health/ready meanwhile. Needs: the .NET SDK and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."

ISSUES=${ISSUES:-2000}
TEXT=${TEXT:-20000}
PORT=${PORT:-5181}
work=$(mktemp -d)
host_pid=""
cleanup() {
  if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
# shellcheck source=host.sh
source benchmarks/Load/host.sh

key=$(python3 -c 'import base64,os; print(base64.b64encode(os.urandom(32)).decode())')
dotnet build -c Release samples/Cfc.Sample.Host -v quiet -nologo > "$work/build.log"
echo "== load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"

# One member may hold ISSUES issues of TEXT characters (the domain's longest issue text is 20,000).
start_host 11292 --Cfc:Limits:MaxIssuesPerMember="$((ISSUES + 1))" --Cfc:Limits:MaxTextLength="$TEXT"

token=$(python3 benchmarks/Load/bearer_token.py "$key")
echo "== filling GM0518 with $ISSUES issues of $TEXT characters over HTTP"
python3 benchmarks/Load/member_page.py "http://127.0.0.1:$PORT" "$token" GM0518 "$ISSUES" "$TEXT"
echo "== host memory (RSS) at the end: $(( $(awk '/VmRSS/ {print $2}' "/proc/$host_pid/status") / 1024 )) MB"
