#!/usr/bin/env bash
# AppHost start to all-healthy: the Web app's and the Gateway's /health (the Gateway's includes ChatApi's) both
# answer 200, through the orchestrator's proxies on the launch-profile ports. Usage:
#   bench/apphost-startup.sh [checkout]     (default: this checkout)
# The Release build is timed first (seconds for a built checkout; the whole build for a fresh clone), then the start.
# Takes the AppHost lock the browser tests take; stops the AppHost (SIGTERM to its pid) when done.
set -euo pipefail
checkout="$(cd "${1:-$(dirname "$0")/..}" && pwd)"
data="$(mktemp -d)"
log="$(mktemp)"
cd "$checkout"
t0=$(date +%s.%N)
dotnet build -c Release Plannior.AppHost > "$log" 2>&1 || { tail -20 "$log"; exit 1; }
t1=$(date +%s.%N)
echo "build: $(echo "$t1 - $t0" | bc) s"
# Two starts on one data directory: the first ("fresh data") includes PostgreSQL's initdb and the migrations, the
# second ("warm") is what a developer sees on every later run.
start() {
  flock /tmp/plannior-apphost-run.lock bash -c '
  dotnet run --no-build -c Release --project Plannior.AppHost -- --Postgres:Mode=local --Postgres:DataDirectory="$1" > "$2" 2>&1 &
  runner=$!
  t2=$(date +%s.%N)
  healthy=""
  for i in $(seq 1 1200); do
    if curl -fs -o /dev/null http://localhost:5180/health && curl -fs -o /dev/null http://localhost:5080/health; then
      healthy=$(date +%s.%N); break
    fi
    kill -0 $runner 2>/dev/null || { echo "AppHost exited:"; tail -20 "$2"; exit 1; }
    sleep 0.1
  done
  echo "$5 waited for the AppHost lock: $(echo "$t2 - $3" | bc) s"
  [ -n "$healthy" ] && echo "$5 start to all-healthy: $(echo "$healthy - $t2" | bc) s" || echo "not healthy within 120 s"
  # dotnet run started the AppHost as its child: SIGTERM to that pid, so it stops its own resources.
  for child in $(cat /proc/$runner/task/*/children 2>/dev/null); do kill -TERM "$child" 2>/dev/null || true; done
  wait $runner 2>/dev/null || true
' _ "$data" "$log" "$(date +%s.%N)" "" "$1"
}
start "fresh data:"
start "warm:"
rm -rf "$data" "$log"
