# Sourced by the load benchmarks: starts the sample host (its Release build) on loopback port $PORT with its data in
# "$work/data", no seed, a bearer key of the run ($key) and the writes' and the reads' rate limits raised out of reach
# (the benchmarks send every write with one token and every read from one address; the limiters still run on every
# request); waits until it is ready. Usage: start_host SILO_PORT [more host arguments...]; sets host_pid.
start_host() {
  local silo_port=$1
  shift
  dotnet samples/Cfc.Sample.Host/bin/Release/net10.0/Cfc.Sample.Host.dll \
    --urls "http://127.0.0.1:$PORT" --Cfc:DataDirectory="$work/data" --Cfc:Seed=false \
    --Cfc:Limits:WritesPerWindow=1000000 --Cfc:Limits:ReadsPerWindow=1000000000 \
    --Cfc:Cluster:SiloPort="$silo_port" --Logging:LogLevel:Default=Warning \
    --Authentication:Schemes:Bearer:ValidIssuer=cfc-load --Authentication:Schemes:Bearer:ValidAudience=cfc-sample-host \
    --Authentication:Schemes:Bearer:SigningKeys:0:Issuer=cfc-load --Authentication:Schemes:Bearer:SigningKeys:0:Value="$key" \
    "$@" > "$work/host.log" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$PORT/health/ready" > /dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  cat "$work/host.log"
  echo "the host did not become ready" >&2
  exit 1
}
