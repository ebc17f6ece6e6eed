#!/usr/bin/env bash
# Starts the application on a database of its own (ear/target/bench-app-pgdata, wiped first), adds 10,000 suppliers
# with 135 answers each, rescores them all through the API and times the score page; prints the figures, then stops
# the application (SIGTERM: a background job ignores SIGINT). Needs ports 8080, 4848 and 15432 free (stop `mvn -Prun package` first).
set -euo pipefail
cd "$(dirname "$0")/.."
data="$PWD/ear/target/bench-app-pgdata"
log="$PWD/ear/target/bench-app.log"

mvn -q -B -DskipTests install
rm -rf "$data"
setsid mvn -B -Prun package -Drun.data.dir="$data" > "$log" 2>&1 &
app=$!
stop() { kill -TERM -- "-$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }
trap stop EXIT

for _ in $(seq 1 300); do
    if grep -q "Supplier ESG audit is ready" "$log"; then break; fi
    if ! kill -0 "$app" 2>/dev/null; then echo "the application did not start; see $log"; exit 1; fi
    sleep 2
done
grep -q "Supplier ESG audit is ready" "$log" || { echo "the application did not start in time; see $log"; exit 1; }
echo "application started ($(grep -o 'ready ([0-9]* s)' "$log"))"
mvn -q -B -pl ear exec:java@application-benchmark
