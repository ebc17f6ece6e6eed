#!/usr/bin/env bash
# Soak (issue 10, point 2): 50 users at once for 10 minutes on loopback, mixed reads and writes, 0 errors and a flat
# heap. Starts the application on a database of its own (ear/target/bench-soak-*), fills it as the dashboard benchmark
# does (10,000 suppliers, 1.35 million answers, scored; 50 logged-in buyer sessions), then runs SoakBenchmark (what the
# users do is described there) while sampling the server's heap once a minute: a full collection (jcmd GC.run), then
# the heap in use (GC.heap_info), so each figure is what is really kept, not garbage waiting to be collected.
# Prints the minutes, the heap samples and the verdict; exits 1 on any error or a growing heap.
# Needs jcmd (the JDK), curl and ports 8080, 4848 and 15432 free. Takes about 16 minutes; `SOAK_MINUTES=2` for a try.
set -euo pipefail
cd "$(dirname "$0")/.."

minutes=${SOAK_MINUTES:-10}
heap_log="$PWD/ear/target/soak-heap.txt"
source bench/start-app.sh
start_app "$PWD/ear/target/bench-soak-pgdata" "$PWD/ear/target/bench-soak-evidence" "$PWD/ear/target/bench-soak.log"
rm -f "$PWD/ear/target/dashboard-sessions.txt"
mvn -q -B -pl ear exec:java@dashboard-benchmark | grep -v "^logged in" || true

pid=$(pgrep -f 'com.sun.enterprise.glassfish.bootstrap.ASMain' | head -1)
heap_used_mb() { # after a full collection, in MB
    jcmd "$pid" GC.run > /dev/null
    jcmd "$pid" GC.heap_info | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -1 | awk '{ printf "%d", $1 / 1024 }'
}
: > "$heap_log"
(
    for minute in $(seq 0 $((minutes - 1))); do
        echo "$minute $(heap_used_mb)" >> "$heap_log"
        sleep 60
    done
) &
sampler=$!

status=0
mvn -q -B -pl ear exec:java@soak-benchmark -Dsoak.minutes="$minutes" || status=$?
kill "$sampler" 2> /dev/null || true
wait "$sampler" 2> /dev/null || true
echo "$minutes $(heap_used_mb)" >> "$heap_log" # the last sample, when the load has just stopped

echo
echo "heap in use after a full collection (minute, MB):"
sed 's/^/  /' "$heap_log"
# Flat: the last three samples' mean is within 10 % (or 32 MB) of the mean of minutes 1-3 (minute 0 is before the
# load, when caches are still empty).
verdict=$(awk '
    { mb[NR] = $2 }
    END {
        n = NR
        early = (mb[2] + mb[3] + mb[4]) / 3; late = (mb[n - 2] + mb[n - 1] + mb[n]) / 3
        slack = early * 0.10; if (slack < 32) slack = 32
        printf "minutes 1-3: %.0f MB, last three minutes: %.0f MB, change %+.0f MB: %s\n", early, late, late - early,
            (late - early <= slack ? "flat" : "GROWING")
    }' "$heap_log")
echo "$verdict"
[[ "$verdict" == *flat ]] || status=1
exit "$status"
