#!/usr/bin/env bash
# Load benchmark (not part of the test command). MbcBot with its defaults (sentence model on, insights store on) against
# a peer built with the JS Bot Framework SDK 4.23.3 and minisearch over the same corpus passages (bench/peer), both on
# 127.0.0.1 only, driven by wrk with Emulator-mode expectReplies activities (bench/wrk/turns.lua).
#
#   scripts/bench.sh [compare]  per target: a 20-question rotation, then a new question every turn; turns/s, p50, p99;
#                               then a graceful stop of MbcBot and its insights rows against the turns it answered
#   scripts/bench.sh sigterm    SIGTERM to MbcBot in the middle of a load run; rows against 2xx answers
#   scripts/bench.sh soak       10 minutes at 50 turns/s of new and repeated questions: RSS every 10 s, errors, rows
#
# Settings: BENCH_SECONDS (30 per run), BENCH_CONNECTIONS (32), BENCH_SOAK_SECONDS (600), BENCH_RATE (50),
# BENCH_OUT (test-output/bench). Needs wrk, curl, sqlite3, openssl, node and npm (npm ci of bench/peer at run time).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:-compare}
seconds=${BENCH_SECONDS:-30}
connections=${BENCH_CONNECTIONS:-32}
out=${BENCH_OUT:-$root/test-output/bench}
bot_port=3991
peer_port=3992
data=$(mktemp -d)
mkdir -p "$out"
bot=""
peer=""

cleanup() {
  [ -n "$bot" ] && kill "$bot" 2>/dev/null || true
  [ -n "$peer" ] && kill "$peer" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

wait_for() { # url
  for _ in $(seq 1 240); do curl -fs "$1" >/dev/null && return 0; sleep 0.5; done
  echo "bench: $1 did not answer" >&2
  exit 1
}

start_bot() {
  dotnet build "$root/src/MbcBot" -c Release -nologo -v q >/dev/null
  # Production, the shipped appsettings.json; a fresh data folder so the rows counted are this run's.
  env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$bot_port" Data__Path="$data" \
    DirectLine__TokenSigningKey="$(openssl rand -base64 32)" Logging__LogLevel__Default=Warning \
    Logging__LogLevel__MbcBot.Insights.InsightsWriter=Information \
    dotnet "$root/src/MbcBot/bin/Release/net10.0/MbcBot.dll" >"$out/bot.log" 2>&1 &
  bot=$!
  wait_for "http://127.0.0.1:$bot_port/readyz"
}

start_peer() {
  (cd "$root/bench/peer" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  node "$root/bench/peer/index.js" "$root/corpus" "$peer_port" >"$out/peer.log" 2>&1 &
  peer=$!
  wait_for "http://127.0.0.1:$peer_port/healthz"
}

# Runs wrk; writes $out/NAME.txt. Args: name port mode seconds connections
load() {
  BENCH_MODE=$3 BENCH_CONNECTIONS=$5 BENCH_RATE=${BENCH_RATE:-50} \
    wrk -t2 -c"$5" -d"$4s" --latency -s "$root/bench/wrk/turns.lua" "http://127.0.0.1:$2/api/messages" >"$out/$1.txt"
}

# From a wrk report: turns/s, p50 ms, p99 ms, 2xx answers, errors (non-2xx + socket errors).
summarise() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50(\.000)?%/ { p50 = ms($2) }
    /^ +99(\.000)?%/ { p99 = ms($2) }
    / requests in / { total = $1 }
    /Non-2xx/ { non2xx = $NF }
    /Socket errors/ { gsub(/,/, ""); socket = $4 + $6 + $8 + $10 }
    END { printf "%10.0f %9.2f %9.2f %10d %7d\n", rps, p50, p99, total - non2xx, non2xx + socket }' "$out/$1.txt"
}

answered() { summarise "$1" | awk '{ print $4 }'; }

turns_served() { curl -fs "http://127.0.0.1:$bot_port/metrics" | awk '/^mbcbot_turns_total/ { s += $NF } END { printf "%d", s }'; }

stop_bot() { kill -TERM "$bot"; wait "$bot" || true; bot=""; }

rows() { sqlite3 "$data/insights.db" "SELECT count(*) FROM turns;"; }

header() { printf "%-28s %10s %9s %9s %10s %7s\n" run turns/s "p50 ms" "p99 ms" answered errors; }

case "$mode" in
compare)
  start_bot
  start_peer
  # Warm-up: JIT, caches and connection pools on both sides (not reported).
  load warmup-mbcbot "$bot_port" rotation 10 "$connections"
  load warmup-peer "$peer_port" rotation 10 "$connections"
  for run in rotation new; do
    load "mbcbot-$run" "$bot_port" "$run" "$seconds" "$connections"
    load "peer-$run" "$peer_port" "$run" "$seconds" "$connections"
  done
  sleep 1
  served=$(turns_served)
  stop_bot
  {
    echo "bench: wrk -t2 -c$connections, ${seconds}s a run, 127.0.0.1; MbcBot defaults (model on, insights on), Release"
    header
    for run in mbcbot-rotation peer-rotation mbcbot-new peer-new; do printf "%-28s %s\n" "$run" "$(summarise "$run")"; done
    for run in rotation new; do
      awk -v r="$run" 'NR == FNR { a = $1; next } { printf "MbcBot / peer, %s: %.1fx turns/s\n", r, a / $1 }' \
        <(summarise "mbcbot-$run") <(summarise "peer-$run")
    done
    wrk_answered=$(( $(answered warmup-mbcbot) + $(answered mbcbot-rotation) + $(answered mbcbot-new) ))
    echo "MbcBot turns served (mbcbot_turns_total): $served; 2xx answers counted by wrk: $wrk_answered; insights rows after a graceful stop: $(rows)"
    grep -h "Insights:" "$out/bot.log" || true
  } | tee "$out/summary.txt"
  ;;
sigterm)
  start_bot
  load sigterm-load "$bot_port" rotation 20 "$connections" &
  wrk_pid=$!
  sleep 8
  kill -TERM "$bot"
  wait "$bot" || true
  bot=""
  wait "$wrk_pid" || true
  {
    echo "bench sigterm: SIGTERM 8 s into a 20 s wrk -c$connections run (20-question rotation)"
    header
    printf "%-28s %s\n" sigterm-load "$(summarise sigterm-load)"
    echo "2xx answers: $(answered sigterm-load); insights rows: $(rows)"
    grep -h "Insights:" "$out/bot.log" || true
  } | tee "$out/sigterm-summary.txt"
  ;;
soak)
  soak_seconds=${BENCH_SOAK_SECONDS:-600}
  start_bot
  (
    echo "time,rss_kb"
    while kill -0 "$bot" 2>/dev/null; do echo "$(date +%s),$(ps -o rss= -p "$bot" | tr -d ' ')"; sleep 10; done
  ) >"$out/soak-memory.csv" &
  # wrk paces with a delay before each request, and a turn's own time adds to it: many connections with a long delay
  # keep the rate close to BENCH_RATE.
  load soak "$bot_port" soak "$soak_seconds" 40
  sleep 1
  served=$(turns_served)
  curl -fs "http://127.0.0.1:$bot_port/metrics" >"$out/soak-metrics.txt" || true
  stop_bot
  {
    echo "bench soak: ${soak_seconds}s, 40 connections paced to ${BENCH_RATE:-50} turns/s, new and repeated questions in turn"
    header
    printf "%-28s %s\n" soak "$(summarise soak)"
    awk -F, 'NR > 1 && $2 != "" { n++; kb[n] = $2; if (min == "" || $2 < min) min = $2; if ($2 > max) max = $2 }
      END { printf "RSS MB: first %.0f, min %.0f, max %.0f, last %.0f (%d samples)\n", kb[1]/1024, min/1024, max/1024, kb[n]/1024, n }' "$out/soak-memory.csv"
    echo "turns served (mbcbot_turns_total): $served; insights rows: $(rows)"
    echo "log lines at error or worse: $(grep -cE '^(fail|crit)' "$out/bot.log" || true)"
    grep -h "Insights:" "$out/bot.log" || true
  } | tee "$out/soak-summary.txt"
  ;;
*)
  echo "usage: scripts/bench.sh [compare|sigterm|soak]" >&2
  exit 2
  ;;
esac
