#!/usr/bin/env bash
# Scale check for the timeline (issue 6), repeatable on any machine with the SDK, python3 and wrk:
#  1. writes ARTICLES synthetic articles (newsclaims generate),
#  2. sends them through the normal ingestion path (newsclaims import → POST /api/articles) of the
#     Release server over a fresh SQLite file, and reports articles per second and claims stored,
#  3. loads the largest series page and its timeline API with wrk (16 connections) as a signed-in
#     reader whose client accepts gzip, next to the same server serving a static file, and prints
#     p50/p95/p99 for each —
#     cached (the same URL again and again) and uncached (a different filter on every request).
# Usage: scripts/scale/measure.sh            (ARTICLES=10000 DURATION=20s PARALLEL=3 BATCH=25 PORT=5099)
set -euo pipefail
ARTICLES=${ARTICLES:-10000}
DURATION=${DURATION:-20s}
PARALLEL=${PARALLEL:-3}
BATCH=${BATCH:-25}
PORT=${PORT:-5099}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/scripts/scale"
WORK=${WORK:-$HERE/.work}
BASE="http://127.0.0.1:$PORT"
EMAIL=admin@scale.local
PASSWORD=Scale-password-1

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
rm -rf "$WORK" && mkdir -p "$WORK"

echo "== build (Release)"
dotnet build "$ROOT/src/NewsClaims.Web" -c Release -v q -nologo | tail -n 2
dotnet build "$ROOT/src/NewsClaims.Cli" -c Release -v q -nologo | tail -n 2
CLI=(dotnet "$ROOT/src/NewsClaims.Cli/bin/Release/net10.0/newsclaims.dll")

echo "== generate $ARTICLES articles"
"${CLI[@]}" generate --articles "$ARTICLES" --out "$WORK/articles" --seed 7

echo "== start the Release server on $BASE"
(cd "$ROOT/src/NewsClaims.Web" && ASPNETCORE_ENVIRONMENT=Production \
  ConnectionStrings__NewsClaims="Data Source=$WORK/scale.db" \
  NewsClaims__SeedSampleData=false NewsClaims__RequireHttps=false NewsClaims__SignInPermitsPerMinute=1000 \
  Admin__Email=$EMAIL Admin__Password=$PASSWORD \
  Serilog__MinimumLevel__Default=Warning Serilog__WriteTo__File__Args__path="$WORK/logs/newsclaims-.log" \
  exec dotnet bin/Release/net10.0/NewsClaims.Web.dll --urls "$BASE") > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "$BASE/healthz" >/dev/null && break; sleep 1; done
curl -sf "$BASE/healthz" >/dev/null || { echo "server did not start; see $WORK/server.log" >&2; exit 1; }

TOKEN=$(curl -sf -X POST -H 'Content-Type: application/json' -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" \
  "$BASE/api/identity/login" | python3 -c 'import sys, json; print(json.load(sys.stdin)["accessToken"])')

echo "== ingest through POST /api/articles/batch ($BATCH per request, $PARALLEL in flight)"
cpu() { awk '{ print ($14 + $15) / 100 }' "/proc/$1/stat"; }
SERVER_PID=$(pgrep -f "NewsClaims.Web.dll --urls $BASE" | head -n 1)
CPU0=$(cpu "$SERVER_PID")
START=$(date +%s.%N)
"${CLI[@]}" import "$WORK/articles" --server "$BASE" --token "$TOKEN" --parallel "$PARALLEL" --batch "$BATCH" > "$WORK/import.log"
END=$(date +%s.%N)
CPU1=$(cpu "$SERVER_PID")
tail -n 1 "$WORK/import.log"
python3 - "$WORK/scale.db" "$START" "$END" "$ARTICLES" "$CPU0" "$CPU1" <<'PY'
import sqlite3, sys
db, start, end, n = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
cpu = float(sys.argv[6]) - float(sys.argv[5])
c = sqlite3.connect(db)
articles, claims, evidence = (c.execute(f"select count(*) from {t}").fetchone()[0] for t in ("Articles", "Claims", "Evidence"))
print(f"INGEST articles={articles} claims={claims} evidence={evidence} seconds={end - start:.1f} articles_per_second={n / (end - start):.0f} server_cpu_ms_per_article={cpu * 1000 / n:.1f}")
PY

# a signed-in reader in a browser: identity cookie, then the antiforgery cookie the first page sets
curl -sf -c "$WORK/cookies" -X POST -H 'Content-Type: application/json' -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" \
  "$BASE/api/identity/login?useCookies=true" >/dev/null
curl -sf -b "$WORK/cookies" -c "$WORK/cookies" "$BASE/timeline" >/dev/null
COOKIE=$(awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$WORK/cookies")
curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/series" > "$WORK/series.json"
SLUG=$(python3 -c 'import sys, json; print(json.load(open(sys.argv[1]))[0]["key"])' "$WORK/series.json")
python3 -c 'import sys, json; s = json.load(open(sys.argv[1])); print("SERIES count=%d largest=%s claims_in_largest=%d" % (len(s), s[0]["key"], s[0]["claims"]))' "$WORK/series.json"
SLUG_URL=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe="~"))' "$SLUG")

load() { # name, path, distinct
  local line
  # as a browser asks: signed in, accepting gzip (the server compresses data answers, never pages)
  line=$(DISTINCT=$3 wrk -t2 -c16 -d"$DURATION" --latency -s "$HERE/latency.lua" -H "Cookie: $COOKIE" -H "Accept-Encoding: gzip" "$BASE$2" | grep '^RESULT')
  printf '%-34s %s\n' "$1" "${line#RESULT }"
}
echo "== wrk: 16 connections, $DURATION each"
for path in "/timeline/$SLUG_URL" "/api/series/$SLUG_URL/timeline"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE$path")
  [ "$code" = 200 ] || { echo "GET $path answered $code" >&2; exit 1; }
done
load "static file /css/site.css" "/css/site.css" 0
load "series page (cached)" "/timeline/$SLUG_URL" 0
load "timeline API (cached)" "/api/series/$SLUG_URL/timeline" 0
load "series page (uncached filters)" "/timeline/$SLUG_URL" 1
load "timeline API (uncached filters)" "/api/series/$SLUG_URL/timeline" 1
