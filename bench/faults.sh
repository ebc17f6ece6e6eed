#!/usr/bin/env bash
# Faults (issue 10, point 1): kills the application server with kill -9 in the middle of a report job, a rescore of
# 10,000 suppliers, an evidence upload and an Excel import of 10,000 suppliers, and restarts PostgreSQL under the
# running application. After each fault it
# looks at the database and the disks and prints what it found: no half-written rows, no orphan files, the interrupted
# job marked failed and run again, the application answering again by itself. Exits 1 if anything is wrong.
#
# Runs the application with the run command on data directories of its own (ear/target/faults-*), wiped first.
# Needs ports 8080, 4848 and 15432 free (stop `mvn -Prun package` first), curl and psql (apt-get install curl
# postgresql-client). Takes about ten minutes on two cores. Arguments: the faults to cause (default: all, 1 2 3 5 4;
# 4 goes last because it moves the application to another database).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in curl psql; do
    command -v "$tool" > /dev/null || { echo "$tool is not installed (apt-get install curl postgresql-client)" >&2; exit 1; }
done

selected=" ${*:-1 2 3 5 4} "
chosen() { [[ "$selected" == *" $1 "* ]]; }
base="$PWD/ear/target/faults"
data="$base-pgdata" evidence="$base-evidence" reports="$base-reports" logs="$base-logs"
url=http://localhost:8080
export PGPASSWORD=esg
sql() { psql -h localhost -p 15432 -U esg -d esg -tAq -c "$1"; }
failures=0
check() { # check <what> <expected> <actual>
    if [ "$2" == "$3" ]; then echo "  ok    $1: $3"; else echo "  WRONG $1: expected $2, found $3"; failures=$((failures + 1)); fi
}

mvn -q -B -DskipTests install
rm -rf "$data" "$evidence" "$reports" "$logs"
mkdir -p "$logs"
app=""
starts=0
start() {
    starts=$((starts + 1))
    local log="$logs/run-$starts.log"
    setsid mvn -B -o -Prun package -Drun.data.dir="$data" -Drun.evidence.dir="$evidence" -Drun.reports.dir="$reports" > "$log" 2>&1 &
    app=$!
    for _ in $(seq 1 200); do
        if grep -q "Supplier ESG audit is ready" "$log"; then echo "  application started ($(grep -o 'ready ([0-9]* s)' "$log"))"; return; fi
        kill -0 "$app" 2> /dev/null || { echo "the application did not start; see $log" >&2; exit 1; }
        sleep 2
    done
    echo "the application did not start in time; see $log" >&2
    exit 1
}
stop() { # a normal stop: SIGTERM to the run command's process group (Payara, then the embedded PostgreSQL)
    if [ -n "$app" ]; then kill -TERM -- "-$app" 2> /dev/null || true; wait "$app" 2> /dev/null || true; app=""; fi
}
trap stop EXIT
kill_server() { # the fault: the application server's JVM dies at once; then the rest of the run command is stopped
    local pid
    pid=$(pgrep -f 'com.sun.enterprise.glassfish.bootstrap.ASMain' | head -1)
    kill -9 "$pid"
    echo "  kill -9 $pid (Payara)"
    sleep 2
    stop
}
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

start
if chosen 1 || chosen 2; then
    echo "== setting up: the application with 10,000 suppliers and 1.35 million answers, scored"
    mvn -q -B -o -pl ear exec:java@dashboard-benchmark | grep -v "^logged in" || true
fi

if chosen 1; then
echo
echo "== 1. kill -9 during a report job (the portfolio workbook of 10,000 suppliers)"
job=$(curl -sf -u officer:demo -H 'Content-Type: application/json' -d '{"kind":"PORTFOLIO","language":"en"}' "$url/api/reports/jobs" | json "['id']")
for _ in $(seq 1 120); do
    status=$(curl -sf -u officer:demo "$url/api/reports/jobs/$job" | json "['status']")
    [ "$status" == RUNNING ] && break
    sleep 0.5
done
sleep 3
echo "  job $job is $(curl -sf -u officer:demo "$url/api/reports/jobs/$job" | json "['status']") ($(curl -sf -u officer:demo "$url/api/reports/jobs/$job" | json "['percent']") %)"
kill_server
start
check "job $job after the restart" FAILED "$(sql "SELECT status FROM report_job WHERE id = $job")"
echo "        reason: $(sql "SELECT error FROM report_job WHERE id = $job")"
check "half-written report files (*.part) in $reports" 0 "$(find "$reports" -name '*.part' | wc -l)"
rerun=$(curl -sf -u officer:demo -X POST "$url/api/reports/jobs/$job/rerun" | json "['id']")
for _ in $(seq 1 240); do
    status=$(curl -sf -u officer:demo "$url/api/reports/jobs/$rerun" | json "['status']")
    [ "$status" == SUCCEEDED ] || [ "$status" == FAILED ] && break
    sleep 1
done
check "its rerun, job $rerun" SUCCEEDED "$status"
check "the rerun's file, by its SHA-256" "$(sql "SELECT sha256 FROM report_job WHERE id = $rerun")" \
    "$(find "$reports/files" -name "$rerun-*" -exec sha256sum {} + | cut -d' ' -f1 | head -1)"

fi

if chosen 2; then
echo
echo "== 2. kill -9 during a rescore of 10,000 suppliers (one transaction: all or nothing)"
sql "DELETE FROM dimension_score WHERE score_id IN (SELECT id FROM score WHERE supplier_id > 100000);
     DELETE FROM score WHERE supplier_id > 100000;" > /dev/null
scores=$(sql "SELECT count(*) FROM score") entries=$(sql "SELECT count(*) FROM audit_entry") standing=$(sql "SELECT count(*) FROM supplier_standing")
echo "  before: $scores scores, $entries audit entries, $standing current standings"
curl -s -o /dev/null -u admin:demo -H 'Content-Type: application/json' -d '{}' --max-time 600 "$url/api/scores/rescore" &
rescore=$!
sleep 12
kill_server
wait "$rescore" 2> /dev/null || true
start
check "scores after the restart" "$scores" "$(sql "SELECT count(*) FROM score")"
check "dimension scores without their score" 0 "$(sql "SELECT count(*) FROM dimension_score d WHERE NOT EXISTS (SELECT 1 FROM score s WHERE s.id = d.score_id)")"
check "audit entries after the restart" "$entries" "$(sql "SELECT count(*) FROM audit_entry")"
check "current standings" "$standing" "$(sql "SELECT count(*) FROM supplier_standing")"
curl -sf -u admin:demo -H 'Content-Type: application/json' -d '{}' --max-time 900 "$url/api/scores/rescore" > /dev/null
check "scores after rescoring again" "$((scores + 10000))" "$(sql "SELECT count(*) FROM score")"

fi

if chosen 3; then
echo
echo "== 3. kill -9 during an evidence upload (20 MB sent at 1 MB/s)"
upload="$logs/large-report.pdf"
{ printf '%%PDF-1.4\n'; head -c 20000000 /dev/zero | tr '\0' ' '; printf '\n%%%%EOF\n'; } > "$upload"
rows=$(sql "SELECT count(*) FROM evidence")
curl -s -o /dev/null -u supplier:demo -H 'Content-Type: application/pdf' --limit-rate 1M --data-binary "@$upload" \
    "$url/api/suppliers/1/evidence?fileName=large-report.pdf&kind=REPORT" &
sending=$!
sleep 6
echo "  temporary files while the upload runs: $(find "$evidence" -name '*.part' | wc -l)"
kill_server
wait "$sending" 2> /dev/null || true
start
check "evidence rows" "$rows" "$(sql "SELECT count(*) FROM evidence")"
check "temporary files left in $evidence" 0 "$(find "$evidence" -name '*.part' | wc -l)"
referenced=$(sql "SELECT DISTINCT sha256 FROM evidence" | sort)
stored=$(find "$evidence" -path '*/tmp' -prune -o -type f -print | xargs -r -n1 basename | sort)
check "content files that no evidence row names" 0 "$(comm -13 <(echo "$referenced") <(echo "$stored") | grep -c . || true)"
check "evidence rows whose content is missing" 0 "$(comm -23 <(echo "$referenced") <(echo "$stored") | grep -c . || true)"

fi

if chosen 5; then
echo
echo "== 5. kill -9 during an Excel import of 10,000 suppliers (one transaction: all or nothing)"
stamp=$(date +%s)
curl -sf -u buyer:demo -o "$logs/import-template.xlsx" "$url/api/suppliers/import-template"
mvn -q -B -o -pl ear exec:java@import-workbook -Dimport.template="$logs/import-template.xlsx" \
    -Dimport.workbook="$logs/import-10000.xlsx" -Dimport.stamp="$stamp" | grep -v Log4j | sed 's/^/  /'
suppliers=$(sql "SELECT count(*) FROM supplier") entries=$(sql "SELECT count(*) FROM audit_entry")
curl -s -o "$logs/import-answer.json" -w '%{http_code}' -u buyer:demo -H 'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' \
    --data-binary "@$logs/import-10000.xlsx" --max-time 600 "$url/api/suppliers/import" > "$logs/import-status.txt" &
importing=$!
# The fault strikes while the import's transaction is open and writing: the application's session is inserting
# suppliers (or holds them uncommitted) in the database.
for _ in $(seq 1 600); do
    writing=$(sql "SELECT count(*) FROM pg_stat_activity WHERE datname = 'esg' AND backend_xid IS NOT NULL AND (query ILIKE 'INSERT INTO supplier%' OR query ILIKE 'INSERT INTO audit_entry%' OR state = 'idle in transaction')")
    [ "$writing" -gt 0 ] && break
    sleep 0.1
done
echo "  the import's transaction is writing (sessions with an open write transaction: $writing)"
kill_server
wait "$importing" 2> /dev/null || true
echo "  the uploader saw: HTTP $(cat "$logs/import-status.txt") (000: the connection was cut)"
start
check "suppliers after the restart" "$suppliers" "$(sql "SELECT count(*) FROM supplier")"
check "suppliers of the interrupted import" 0 "$(sql "SELECT count(*) FROM supplier WHERE legal_name LIKE 'Fault import $stamp %'")"
check "audit entries after the restart" "$entries" "$(sql "SELECT count(*) FROM audit_entry")"
began=$(date +%s)
code=$(curl -s -o "$logs/import-answer.json" -w '%{http_code}' -u buyer:demo -H 'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' \
    --data-binary "@$logs/import-10000.xlsx" --max-time 900 "$url/api/suppliers/import")
check "the same workbook imported again" 201 "$code"
echo "        in $(( $(date +%s) - began )) s"
check "suppliers of the import after that" 10000 "$(sql "SELECT count(*) FROM supplier WHERE legal_name LIKE 'Fault import $stamp %'")"

fi

if chosen 4; then
echo
echo "== 4. PostgreSQL restarted under the running application"
# A real PostgreSQL service for this one (the Debian cluster, started and restarted by pg_ctlcluster as production
# would), since the embedded database of the run command lives and dies with the run command's JVM.
command -v pg_ctlcluster > /dev/null || { echo "  needs the postgresql package (apt-get install postgresql)" >&2; exit 1; }
stop
pg_ctlcluster 15 main start 2> /dev/null || true
su postgres -c "psql -qc \"DROP DATABASE IF EXISTS esg_faults\" -c \"DROP ROLE IF EXISTS esg\" -c \"CREATE ROLE esg LOGIN PASSWORD 'esg'\" -c \"CREATE DATABASE esg_faults OWNER esg\""
export DB_URL=jdbc:postgresql://localhost:5432/esg_faults DB_USER=esg DB_PASSWORD=esg DEMO_DATA=true
start
echo "  the application runs on the PostgreSQL service (port 5432): HTTP $(curl -s -o /dev/null -w '%{http_code}' -u buyer:demo "$url/api/suppliers/1")"
pg_ctlcluster 15 main restart -m fast
echo "  pg_ctlcluster 15 main restart -m fast: every pooled connection of the application is broken"
first=""
for i in $(seq 1 30); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -u buyer:demo "$url/api/suppliers/1")
    if [ "$code" == 200 ]; then first=$i; break; fi
    sleep 1
done
check "the application answers again by itself" yes "$([ -n "$first" ] && echo yes || echo no)"
echo "        first good answer after $first attempt(s), one second apart"
good=0
for _ in $(seq 1 50); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -u buyer:demo "$url/api/suppliers/1")" == 200 ] && good=$((good + 1))
done
check "answers to the next 50 requests that were 200" 50 "$good"
check "health" 200 "$(curl -s -o /dev/null -w '%{http_code}' "$url/health")"
stop
pg_ctlcluster 15 main stop || true
fi

echo
if [ "$failures" -eq 0 ]; then echo "faults: everything as expected"; else echo "faults: $failures check(s) WRONG"; exit 1; fi
