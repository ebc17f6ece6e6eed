# Sourced by the benchmark scripts: builds, starts the application with `mvn -Prun package` on a database and an
# evidence directory of their own (both wiped first), waits until it answers, and stops it when the script exits
# (SIGTERM to the process group: a background job ignores SIGINT). Needs ports 8080, 4848 and 15432 free.
# Usage: start_app <data dir> <evidence dir> <log file>
start_app() {
    local data="$1" evidence="$2" log="$3"
    mvn -q -B -DskipTests install
    rm -rf "$data" "$evidence"
    setsid mvn -B -Prun package -Drun.data.dir="$data" -Drun.evidence.dir="$evidence" > "$log" 2>&1 &
    app=$!
    trap 'kill -TERM -- "-$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true' EXIT
    for _ in $(seq 1 300); do
        if grep -q "Supplier ESG audit is ready" "$log"; then break; fi
        if ! kill -0 "$app" 2>/dev/null; then echo "the application did not start; see $log"; exit 1; fi
        sleep 2
    done
    grep -q "Supplier ESG audit is ready" "$log" || { echo "the application did not start in time; see $log"; exit 1; }
    echo "application started ($(grep -o 'ready ([0-9]* s)' "$log"))"
}
