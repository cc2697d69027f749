#!/usr/bin/env bash
# Web benchmark: wrk POSTs sessions to `skills serve`'s /api/v1/sessions (50 connections, 30 s), compared in
# the same run with a route that does nothing but answer from memory (GET /static/site.css, through every middleware:
# the server's limit), a route that only reads the store (GET /api/v1/health), and `skills session record` run in a
# loop. Prints requests/s and p99 latency for each, and the machine's load.
# usage: Benchmarks/serve.sh [SECONDS]   (default 30)
# On SQLite by default. With SKILLS_DB=postgres://USER@HOST:PORT/NAME it runs on PostgreSQL instead: the script creates
# the database NAME (which must not exist yet) and drops it at the end; the server opens $SKILLS_DB_CONNECTIONS
# connections (its default, 8, when unset). SKILLS_BINARY names a binary to measure instead of building this checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
command -v wrk >/dev/null || { sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"; $sudo apt-get install -y -qq wrk >/dev/null; }
skills=${SKILLS_BINARY:-}
if [ -z "$skills" ]; then swift build -c release --product skills >/dev/null; skills=$PWD/.build/release/skills; fi
work=$(mktemp -d)
server=""
postgres=""
case "${SKILLS_DB:-}" in
  postgres://* | postgresql://*)
    postgres=${SKILLS_DB%%\?*}
    maintenance=${postgres%/*}/postgres
    psql "$maintenance" -XAqt -v ON_ERROR_STOP=1 -c "CREATE DATABASE \"${postgres##*/}\""
    export SKILLS_KEY=$work/signing-key.pem ;;
  *) export SKILLS_DB=$work/programme.sqlite ;;
esac
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  [ -n "$postgres" ] && psql "$maintenance" -XAqt -c "DROP DATABASE IF EXISTS \"${postgres##*/}\" WITH (FORCE)"
  rm -rf "$work"
}
trap cleanup EXIT
# The distinct session refs stored, whichever the store.
sessions() {
  if [ -n "$postgres" ]; then psql "$SKILLS_DB" -XAqt -c "SELECT count(DISTINCT ref) FROM sessions"
  else sqlite3 "$SKILLS_DB" "SELECT count(DISTINCT ref) FROM sessions"; fi
}
export SKILLS_TODAY=2026-11-26 SKILLS_ACTOR=benchmark
$skills init >/dev/null
$skills demo --learners 2000 --seed 1 --files "$work/files" --files-only >/dev/null
for kind in centres tutors learners; do $skills import $kind "$work/files/$kind.csv" >/dev/null; done
printf '%s' 'benchmark password' | $skills actor password benchmark --stdin >/dev/null

# One tutor and the learners at their centre.
read -r tutor centre < <(python3 - "$work/files/tutors.csv" <<'PY'
import csv, sys
row = next(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")))
print(row["tutor_ref"], row["centre_ref"])
PY
)
learners=$(python3 - "$work/files/learners.csv" "$centre" <<'PY'
import csv, sys
refs = [r["learner_ref"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")) if r["centre_ref"] == sys.argv[2]]
print(",".join('"%s"' % r for r in refs[:200]))
PY
)
first_learner=$(echo "$learners" | cut -d, -f1 | tr -d '"')

$skills serve --port 0 > "$work/serve.out" 2> "$work/serve.log" &
server=$!
for _ in $(seq 50); do grep -q '^listening on' "$work/serve.out" && break; sleep 0.2; done
url=$(sed -n 's/^listening on //p' "$work/serve.out")
token=$(curl -s -X POST "$url/api/v1/tokens" -H 'Content-Type: application/json' \
  -d '{"name":"benchmark","password":"benchmark password"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')

cat > "$work/post.lua" <<LUA
local learners = { $learners }
local counter = 0
request = function()
  counter = counter + 1
  local body = '{"date":"$SKILLS_TODAY","learner_refs":["' .. learners[(counter % #learners) + 1] .. '"],"tutor_ref":"$tutor",'
    .. '"minutes":45,"mode":"in-person","outcomes":["F1.1","F1.2"]}'
  return wrk.format("POST", "/api/v1/sessions", { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer $token" }, body)
end
LUA

# Runs wrk and prints "REQUESTS_PER_SECOND P99_MS NON_2XX".
measure() {
  wrk -t2 -c50 -d"${seconds}s" --latency "$@" > "$work/wrk.txt"
  python3 - "$work/wrk.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
value, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)", text).groups()
p99 = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(f"{rate:.0f} {p99:.1f} {errors.group(1) if errors else 0}")
PY
}

before=$(sessions)
read -r post_rate post_p99 post_errors < <(measure -s "$work/post.lua" "$url")
after=$(sessions)
read -r read_rate read_p99 _ < <(measure "$url/api/v1/health")
read -r bare_rate bare_p99 _ < <(measure "$url/static/site.css")
kill "$server"; wait "$server" 2>/dev/null || true; server=""

# The command line, one process per session, for a third of the time.
cli_seconds=$(( seconds / 3 > 5 ? seconds / 3 : 5 ))
count=0; end=$(( $(date +%s) + cli_seconds ))
while [ "$(date +%s)" -lt "$end" ]; do
  $skills session record --tutor "$tutor" --learner "$first_learner" --minutes 45 --outcome F1.1 >/dev/null
  count=$((count + 1))
done

recorded=$((after - before))
echo "POST /api/v1/sessions  : $(python3 -c "print(round($recorded / $seconds))") sessions/s recorded ($post_rate requests/s, $post_errors not 2xx), p99 $post_p99 ms  (target >= 1000/s, p99 < 50 ms)"
echo "GET /api/v1/health     : $read_rate requests/s, p99 $read_p99 ms  (one store read, no write)"
echo "GET /static/site.css   : $bare_rate requests/s, p99 $bare_p99 ms  (the ceiling: a route that does nothing)"
echo "skills session record  : $(python3 -c "print(round($count / $cli_seconds, 1))") sessions/s in a loop, one process each"
echo "sessions/s as a share of the ceiling: $(python3 -c "print(f'{$recorded / $seconds / $bare_rate:.2f}')")"
echo "store: ${postgres:-SQLite}${postgres:+ (connections: ${SKILLS_DB_CONNECTIONS:-default})}"
echo "load: $(uptime)"
