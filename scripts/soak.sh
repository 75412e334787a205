#!/usr/bin/env bash
# Soak test (not part of the test command): the published bot under steady load on 127.0.0.1 only, with its resident
# memory sampled every 10 s. Load: wrk on /api/messages (expectReplies) plus a Direct Line client loop that opens a
# conversation, asks a question and reads the answer, over and over. Needs wrk, curl, jq, openssl.
# Usage: scripts/soak.sh            (10 minutes; SOAK_SECONDS, SOAK_PORT, SOAK_CONNECTIONS, SOAK_OUT override)
# Output: $SOAK_OUT (default test-output/soak): memory.csv, wrk.txt, directline.txt, bot.log, summary.txt.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
duration=${SOAK_SECONDS:-600}
port=${SOAK_PORT:-3990}
connections=${SOAK_CONNECTIONS:-4}
out=${SOAK_OUT:-$root/test-output/soak}
base="http://127.0.0.1:$port"
mkdir -p "$out"

dotnet build "$root/src/MbcBot" -c Release -nologo -v q
# Production settings, except the limits that would stop one load generator on one address.
export ASPNETCORE_ENVIRONMENT=Production
DirectLine__TokenSigningKey=$(openssl rand -base64 32)
export DirectLine__TokenSigningKey
export DirectLine__TokensPerMinutePerClient=100000
export DirectLine__MaxConversationsPerClient=1000
export Urls="$base"
export Logging__LogLevel__Default=Warning

dotnet "$root/src/MbcBot/bin/Release/net10.0/MbcBot.dll" >"$out/bot.log" 2>&1 &
bot=$!
cleanup() { kill "$bot" 2>/dev/null || true; jobs -p | xargs -r kill 2>/dev/null || true; }
trap cleanup EXIT

for _ in $(seq 1 120); do
  curl -fs "$base/readyz" >/dev/null && break
  sleep 1
done
curl -fs "$base/readyz" >/dev/null || { echo "the bot did not become ready" >&2; exit 1; }

# Memory: unix time, RSS in KB, every 10 s.
(
  echo "time,rss_kb"
  while kill -0 "$bot" 2>/dev/null; do
    echo "$(date +%s),$(ps -o rss= -p "$bot" | tr -d ' ')"
    sleep 10
  done
) >"$out/memory.csv" &

BENCH_MODE=rotation wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$root/bench/wrk/turns.lua" "$base/api/messages" >"$out/wrk.txt" &
load=$!

# Direct Line: token, start, post, poll until the bot's reply arrives; count each outcome.
(
  end=$(( $(date +%s) + duration ))
  ok=0 failed=0
  while [ "$(date +%s)" -lt "$end" ]; do
    token=$(curl -fs -X POST "$base/api/webchat/token" | jq -r .token) || { failed=$((failed + 1)); continue; }
    conversation=$(curl -fs -X POST -H "Authorization: Bearer $token" "$base/v3/directline/conversations" | jq -r .conversationId) \
      || { failed=$((failed + 1)); continue; }
    curl -fs -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d '{"type":"message","text":"where does breast cancer spread","from":{"id":"soak"}}' \
      "$base/v3/directline/conversations/$conversation/activities" >/dev/null || { failed=$((failed + 1)); continue; }
    answered=0
    for _ in $(seq 1 50); do
      if curl -fs -H "Authorization: Bearer $token" "$base/v3/directline/conversations/$conversation/activities" \
        | jq -e '[.activities[] | select(.from.role == "bot" and .type == "message")] | length > 0' >/dev/null; then
        answered=1
        break
      fi
      sleep 0.1
    done
    if [ "$answered" = 1 ]; then ok=$((ok + 1)); else failed=$((failed + 1)); fi
  done
  echo "directline conversations answered: $ok, failed: $failed"
) >"$out/directline.txt" &
directline=$!

wait "$load"
wait "$directline"
curl -fs "$base/metrics" >"$out/metrics.txt" || true

{
  echo "soak: ${duration}s on $base, wrk ${connections} connections + one Direct Line client"
  awk -F, 'NR > 1 && $2 != "" { n++; kb[n] = $2; if (min == "" || $2 < min) min = $2; if ($2 > max) max = $2 }
       END { printf "memory (RSS, MB): first %.1f, min %.1f, max %.1f, last %.1f over %d samples\n", kb[1]/1024, min/1024, max/1024, kb[n]/1024, n }' "$out/memory.csv"
  grep -E "Requests/sec|Non-2xx|Socket errors|requests in" "$out/wrk.txt" || true
  grep -E "^ +(50|90|99)(\.000)?%" "$out/wrk.txt" | sed 's/^ */latency p/' || true
  cat "$out/directline.txt"
  grep -E "^mbcbot_directline_conversations" "$out/metrics.txt" || true
  echo "log lines at error or worse: $(grep -cE '^(fail|crit)' "$out/bot.log" || true)"
} | tee "$out/summary.txt"
