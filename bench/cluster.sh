#!/usr/bin/env bash
# Scale-out (issue 10, point 4): two Payara Server instances in a deployment group over one PostgreSQL, as README
# "Scale-out" describes, built on this machine with Payara's own tools (asadmin, the Hazelcast domain data grid) and
# nothing home-made. Shows, and checks:
#   - both instances serve the application from the one database;
#   - a session opened on one instance survives that instance's death (kill -9) and goes on on the other;
#   - the persistent timers (reminders, evidence expiry, escalations, evidence janitor, mail sending) exist once in
#     the group, not once per instance, and move to the survivor;
#   - the mail of a campaign launched on either instance leaves exactly once, before and after the failover.
# Exits 1 if anything is wrong.
#
# Needs curl, psql and the Debian postgresql package (apt-get install curl postgresql), ports 4848, 8080 (domain
# administration server), 21000-21099 and 22000-22099 (the instances), 5432 and 5900-5910 (Hazelcast) free. Takes about
# six minutes on two cores. The domain lives in ear/target/cluster (wiped first).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in curl psql pg_ctlcluster unzip; do
    command -v "$tool" > /dev/null || { echo "$tool is not installed (apt-get install curl postgresql unzip)" >&2; exit 1; }
done

failures=0
check() { # check <what> <expected> <actual>
    if [ "$2" == "$3" ]; then echo "  ok    $1: $3"; else echo "  WRONG $1: expected $2, found $3"; failures=$((failures + 1)); fi
}
export PGPASSWORD=esg
sql() { psql -h localhost -p 5432 -U esg -d esg_cluster -tAq -c "$1"; }

echo "== building the application"
mvn -q -B -DskipTests install
version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
zip="$HOME/.m2/repository/fish/payara/distributions/payara/$version/payara-$version.zip"
[ -f "$zip" ] || mvn -q -B dependency:get -Dartifact="fish.payara.distributions:payara:$version:zip" -Dtransitive=false

base="$PWD/ear/target/cluster"
asadmin="$base/payara6/bin/asadmin"
stop_all() {
    [ -x "$asadmin" ] || return 0
    "$asadmin" stop-deployment-group --kill=true esg > /dev/null 2>&1 || true
    "$asadmin" stop-domain --kill=true domain1 > /dev/null 2>&1 || true
}
trap stop_all EXIT
stop_all
rm -rf "$base"
mkdir -p "$base/evidence" "$base/reports"
unzip -q "$zip" -d "$base"

echo "== one PostgreSQL (the Debian cluster), database esg_cluster"
pg_ctlcluster 15 main start > /dev/null 2>&1 || true
su postgres -c "psql -qc \"DROP DATABASE IF EXISTS esg_cluster\" -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'esg') THEN CREATE ROLE esg LOGIN PASSWORD 'esg'; END IF; END \\\$\\\$\" -c \"CREATE DATABASE esg_cluster OWNER esg\""

# Every instance reads its settings from the environment it is started in (README "Configuration"); the instances
# inherit the domain administration server's. Evidence and report files must be shared by all instances (here one
# directory; in production a shared volume).
export DB_URL=jdbc:postgresql://localhost:5432/esg_cluster DB_USER=esg DB_PASSWORD=esg DEMO_DATA=true
export EVIDENCE_DIR="$base/evidence" REPORTS_DIR="$base/reports"
unset MAIL_HOST

echo "== the domain: a deployment group 'esg' of two instances, timers in the data grid, sessions replicated"
"$asadmin" start-domain domain1 > /dev/null
"$asadmin" copy-config default-config esg-config > /dev/null
# Persistent EJB timers in the Hazelcast data grid: one instance of the group fires each, another takes it over when
# that instance leaves. The instances and the domain administration server must use the same timer store (Payara
# Server documentation, "Timers in Deployment Groups"); the setting takes effect when the domain restarts.
for config in esg-config server-config; do
    "$asadmin" set "configs.config.$config.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid" > /dev/null
done
"$asadmin" restart-domain domain1 > /dev/null
# The instances sit behind a load balancer that speaks HTTP/1.1; no HTTP/2 upgrade on the plain listener (README
# "Operations", soak: Payara 6 keeps every stream of an upgraded connection).
"$asadmin" set configs.config.esg-config.network-config.protocols.protocol.http-listener-1.http.http2-enabled=false > /dev/null
"$asadmin" delete-jvm-options --target esg-config -Xmx512m > /dev/null
"$asadmin" create-jvm-options --target esg-config -Xmx1g > /dev/null
"$asadmin" create-deployment-group esg > /dev/null
for n in 1 2; do
    "$asadmin" create-instance --node localhost-domain1 --config esg-config --portbase "2${n}000" "esg$n" > /dev/null
    "$asadmin" add-instance-to-deployment-group --instance "esg$n" --deploymentgroup esg > /dev/null
done
"$asadmin" start-deployment-group esg > /dev/null
started=$(date +%s)
"$asadmin" deploy --target esg --availabilityenabled=true --name supplier-esg ear/target/supplier-esg.ear > /dev/null
echo "  deployed to the group in $(( $(date +%s) - started )) s"
"$asadmin" list-instances --long esg | sed 's/^/  /'

i1=http://localhost:21080
i2=http://localhost:22080
for url in "$i1" "$i2"; do
    for _ in $(seq 1 120); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/login.xhtml")" == 200 ] && break
        sleep 2
    done
    check "login page on $url" 200 "$(curl -s -o /dev/null -w '%{http_code}' "$url/login.xhtml")"
done

echo
echo "== timers: each exists once in the group"
"$asadmin" list-timers esg | sed 's/^/  /'
timers() { "$asadmin" list-timers esg | awk -v i="$1:" '$1 == i { print $2 }'; }
check "persistent timers in the group (5 schedules, each on one instance)" 5 $(( $(timers esg1) + $(timers esg2) ))

# A campaign on the Chinese suppliers: one invitation per supplier contact, queued in the launching transaction and
# sent by the mail timer.
launch() { # launch <instance url> <name>: prints the number of mails the launch queued
    local before after
    before=$(sql "SELECT count(*) FROM outgoing_mail")
    curl -sf -o /dev/null -u buyer:demo -H 'Content-Type: application/json' \
        -d "{\"name\":\"$2\",\"deadline\":\"$(date -d '+60 days' +%F)\",\"countries\":[\"CN\"]}" "$1/api/campaigns"
    after=$(sql "SELECT count(*) FROM outgoing_mail")
    echo $((after - before))
}
await_mail() { # waits until no mail is waiting (at most 120 s)
    for _ in $(seq 1 120); do
        [ "$(sql "SELECT count(*) FROM outgoing_mail WHERE sent_at IS NULL")" == 0 ] && return
        sleep 1
    done
}

echo
echo "== mail: campaigns launched on both instances, every message sent once"
q1=$(launch "$i1" "Cluster check on esg1")
q2=$(launch "$i2" "Cluster check on esg2")
echo "  queued: $q1 on esg1, $q2 on esg2"
await_mail
check "messages sent" $((q1 + q2)) "$(sql "SELECT count(*) FROM outgoing_mail WHERE sent_at IS NOT NULL")"
check "messages sent more than once (attempts > 1)" 0 "$(sql "SELECT count(*) FROM outgoing_mail WHERE attempts > 1")"
owner=$(sql "SELECT string_agg(DISTINCT sent_by, ',') FROM outgoing_mail")
check "servers that sent them (the one that holds the mail timer)" 1 "$(echo "$owner" | tr ',' '\n' | grep -c .)"
logged=$(cat "$base"/payara6/glassfish/nodes/localhost-domain1/esg*/logs/server.log | grep -c "mail (log only" || true)
check "mails written to the instances' logs (no MAIL_HOST here)" $((q1 + q2)) "$logged"

echo
echo "== a session opened on $owner, then kill -9 $owner"
survivor=esg1; [ "$owner" == esg1 ] && survivor=esg2
port_of() { [ "$1" == esg1 ] && echo 21080 || echo 22080; }
owner_url="http://localhost:$(port_of "$owner")"
survivor_url="http://localhost:$(port_of "$survivor")"
jar="$base/cookies.txt"
view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }
vs=$(curl -s -c "$jar" -b "$jar" "$owner_url/login.xhtml" | view_state)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=login" --data-urlencode "login:username=buyer" \
    --data-urlencode "login:password=demo" --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$vs" "$owner_url/login.xhtml"
home() { curl -s -b "$jar" -o "$base/home-$2.html" -w '%{http_code}' "$1/app/home.xhtml"; }
check "home page on $owner with the session" 200 "$(home "$owner_url" before)"
check "it is the buyer's" 1 "$(grep -c 'id="displayName"' "$base/home-before.html" || true)"
sleep 2 # the session is written to the data grid at the end of each request
pid=$(pgrep -f "instanceRoot=$base/payara6/glassfish/nodes/localhost-domain1/$owner" | head -1)
kill -9 "$pid"
echo "  kill -9 $pid ($owner)"
check "home page on $survivor with the same cookie" 200 "$(home "$survivor_url" after)"
check "still the buyer's, without logging in again" 1 "$(grep -c 'id="displayName"' "$base/home-after.html" || true)"

echo
echo "== after the failover: the timers move to $survivor, and mail is still sent once"
started=$(date +%s)
for _ in $(seq 1 90); do
    [ "$(timers "$survivor")" == 5 ] && break
    sleep 2
done
echo "  all timers on $survivor $(( $(date +%s) - started )) s after the kill"
"$asadmin" list-timers esg | sed 's/^/  /'
check "timers on $survivor" 5 "$(timers "$survivor")"
q3=$(launch "$survivor_url" "Cluster check after failover")
echo "  queued: $q3 on $survivor"
await_mail
check "messages sent in all" $((q1 + q2 + q3)) "$(sql "SELECT count(*) FROM outgoing_mail WHERE sent_at IS NOT NULL")"
check "messages sent more than once" 0 "$(sql "SELECT count(*) FROM outgoing_mail WHERE attempts > 1")"
check "sender of the new campaign's mail" "$survivor" "$(sql "SELECT string_agg(DISTINCT sent_by, ',') FROM outgoing_mail WHERE id > (SELECT max(id) - $q3 FROM outgoing_mail)")"

echo
if [ "$failures" -eq 0 ]; then echo "cluster: all checks passed"; else echo "cluster: $failures check(s) WRONG"; exit 1; fi
