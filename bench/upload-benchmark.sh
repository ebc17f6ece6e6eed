#!/usr/bin/env bash
# Starts the application on a database and an evidence directory of its own (ear/target/bench-upload-*), uploads 200
# files of 5 MB through the API, 8 at a time, compares that with a plain copy of the same bytes to the same disk,
# prints the figures and the server's heap, then stops the application. Needs ports 8080, 4848 and 15432 free.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/start-app.sh
start_app "$PWD/ear/target/bench-upload-pgdata" "$PWD/ear/target/bench-upload-evidence" "$PWD/ear/target/bench-upload.log"
mvn -q -B -pl ear exec:java@upload-benchmark
