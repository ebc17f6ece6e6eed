#!/usr/bin/env bash
# Starts the application on a database of its own (ear/target/bench-app-*), adds 10,000 suppliers with 135 answers
# each, rescores them all through the API and times the score page; prints the figures, then stops the application.
# Needs ports 8080, 4848 and 15432 free (stop `mvn -Prun package` first).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/start-app.sh
start_app "$PWD/ear/target/bench-app-pgdata" "$PWD/ear/target/bench-app-evidence" "$PWD/ear/target/bench-app.log"
mvn -q -B -pl ear exec:java@application-benchmark
