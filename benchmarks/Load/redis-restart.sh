#!/usr/bin/env bash
# Write latency of the sample host in Redis mode while Redis is killed and restarted (benchmarks/README.md, "Writes
# while Redis restarts"). Starts a durable redis-server of its own (appendonly yes, appendfsync always, on a free
# port, in a temporary directory) and the host (Release) on it, creates 32 municipalities, then drives wrk with new
# issues only (CONNECTIONS connections, SECONDS_EACH seconds) twice: once undisturbed, once with Redis killed with
# SIGKILL after KILL_AFTER seconds and started again on its append-only file DOWN_SECONDS later. wrk's timeout is 40 s,
# above the host's bound, so that every answer is in the latency figures.
# Needs: the .NET SDK, redis-server, wrk, curl and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."

SECONDS_EACH=${SECONDS_EACH:-30}
KILL_AFTER=${KILL_AFTER:-10}
DOWN_SECONDS=${DOWN_SECONDS:-5}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-5181}
REDIS_PORT=${REDIS_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
work=$(mktemp -d)
host_pid=""
redis_pid=""
cleanup() {
  if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; fi
  if [ -n "$redis_pid" ]; then kill "$redis_pid" 2>/dev/null || true; wait "$redis_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
# shellcheck source=host.sh
source benchmarks/Load/host.sh

start_redis() {
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$work/redis" --save "" --appendonly yes --appendfsync always \
    >> "$work/redis.log" 2>&1 &
  redis_pid=$!
  until [ "$(redis-cli -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ]; do sleep 0.05; done
}

key=$(python3 -c 'import base64,os; print(base64.b64encode(os.urandom(32)).decode())')
dotnet build -c Release samples/Cfc.Sample.Host -v quiet -nologo > "$work/build.log"
mkdir -p "$work/redis"
start_redis
start_host 11292 --Cfc:Cluster:Mode=Redis --ConnectionStrings:Redis="127.0.0.1:$REDIS_PORT" \
  --Cfc:Cluster:Tls:AllowPlaintext=true --Cfc:Cluster:ClusterId="cfc-load-$$" --Cfc:Cluster:ServiceId="cfc-load-$$"
token=$(python3 benchmarks/Load/bearer_token.py "$key")
for n in $(seq 100 131); do
  curl -fs -X PUT -H "Authorization: Bearer $token" -H "Content-Type: application/json" \
    -d "{\"name\": \"Gemeente $n\"}" "http://127.0.0.1:$PORT/api/municipalities/GM0$n" > /dev/null
done
export CFC_TOKEN="$token"

echo "== new issues, $CONNECTIONS connections, ${SECONDS_EACH} s, Redis undisturbed"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 40s --latency -s benchmarks/Load/writes.lua "http://127.0.0.1:$PORT"

echo "== new issues, $CONNECTIONS connections, ${SECONDS_EACH} s, Redis killed (SIGKILL) after ${KILL_AFTER} s and started again on its append-only file ${DOWN_SECONDS} s later"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 40s --latency -s benchmarks/Load/writes.lua "http://127.0.0.1:$PORT" > "$work/wrk.txt" &
wrk_pid=$!
sleep "$KILL_AFTER"
kill -KILL "$redis_pid"
wait "$redis_pid" 2>/dev/null || true
sleep "$DOWN_SECONDS"
start_redis
wait "$wrk_pid"
cat "$work/wrk.txt"
