#!/usr/bin/env bash
# Starts the application on a database and an evidence directory of its own (ear/target/bench-upload-*, wiped first),
# uploads 200 files of 5 MB through the API, 8 at a time, compares that with a plain copy of the same bytes to the
# same disk, prints the figures and the server's heap, then stops the application (SIGTERM: a background job ignores
# SIGINT). Needs ports 8080, 4848 and 15432 free (stop `mvn -Prun package` first).
set -euo pipefail
cd "$(dirname "$0")/.."
data="$PWD/ear/target/bench-upload-pgdata"
evidence="$PWD/ear/target/bench-upload-evidence"
log="$PWD/ear/target/bench-upload.log"

mvn -q -B -DskipTests install
rm -rf "$data" "$evidence"
setsid mvn -B -Prun package -Drun.data.dir="$data" -Drun.evidence.dir="$evidence" > "$log" 2>&1 &
app=$!
stop() { kill -TERM -- "-$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }
trap stop EXIT

for _ in $(seq 1 300); do
    if grep -q "Supplier ESG audit is ready" "$log"; then break; fi
    if ! kill -0 "$app" 2>/dev/null; then echo "the application did not start; see $log"; exit 1; fi
    sleep 2
done
grep -q "Supplier ESG audit is ready" "$log" || { echo "the application did not start in time; see $log"; exit 1; }
echo "application started ($(grep -o 'ready ([0-9]* s)' "$log")); evidence in $evidence"
mvn -q -B -pl ear exec:java@upload-benchmark
