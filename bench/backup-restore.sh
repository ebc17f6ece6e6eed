#!/usr/bin/env bash
# Backup and restore, tested (issue 10, point 3): dumps the application's database with pg_dump (custom format, one
# consistent snapshot while the application runs), restores it into a new database with pg_restore, and compares the
# two table by table (row counts and a checksum of every row) together with the evidence and report files. Prints what
# it compared; exits 1 on any difference.
#
# Usage: bash bench/backup-restore.sh [host] [port] [database] [evidence dir] [reports dir]
#   defaults: the run command's embedded PostgreSQL (localhost 15432 esg) and .data/evidence, .data/reports.
# The password comes from the environment (PGPASSWORD, default "esg" for the embedded database of the run command).
# Needs pg_dump, pg_restore and psql of PostgreSQL 15 or later (apt-get install postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."

host=${1:-localhost} port=${2:-15432} db=${3:-esg}
evidence=${4:-$PWD/.data/evidence} reports=${5:-$PWD/.data/reports}
export PGPASSWORD=${PGPASSWORD:-esg}
for tool in pg_dump pg_restore psql; do
    command -v "$tool" > /dev/null || { echo "$tool is not installed (apt-get install postgresql-client)" >&2; exit 1; }
done

stamp=$(date -u +%Y%m%dT%H%M%SZ)
backup="$PWD/ear/target/backup-$stamp"
mkdir -p "$backup"
restored="${db}_restore_check"

echo "== backup of $db on $host:$port into $backup"
pg_dump -h "$host" -p "$port" -U esg -d "$db" --format=custom --file="$backup/$db.dump"
# Files are content-addressed (evidence) or written once (reports): a copy after the dump holds every file it names.
[ -d "$evidence" ] && tar -C "$evidence" -cf "$backup/evidence.tar" . || echo "  (no evidence directory at $evidence)"
[ -d "$reports" ] && tar -C "$reports" -cf "$backup/reports.tar" . || echo "  (no reports directory at $reports)"
ls -l "$backup"

echo "== restore into a new database $restored"
psql -h "$host" -p "$port" -U esg -d "$db" -qc "DROP DATABASE IF EXISTS $restored" -c "CREATE DATABASE $restored"
pg_restore -h "$host" -p "$port" -U esg -d "$restored" --no-owner --exit-on-error "$backup/$db.dump"
mkdir -p "$backup/restored-evidence"
[ -f "$backup/evidence.tar" ] && tar -C "$backup/restored-evidence" -xf "$backup/evidence.tar"

echo "== comparison, table by table (rows and an md5 of all rows in primary-key order)"
digest() { # digest <database> <table>
    psql -h "$host" -p "$port" -U esg -d "$1" -tAq -c "SELECT count(*) || ' ' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '-') FROM $2 t"
}
differences=0
tables=$(psql -h "$host" -p "$port" -U esg -d "$db" -tAq -c "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
for table in $tables; do
    original=$(digest "$db" "$table") copy=$(digest "$restored" "$table")
    if [ "$original" == "$copy" ]; then
        printf '  ok    %-28s %s rows\n' "$table" "${original%% *}"
    else
        printf '  WRONG %-28s original %s, restored %s\n' "$table" "$original" "$copy"
        differences=$((differences + 1))
    fi
done
if [ -d "$evidence" ]; then
    missing=0
    for sha in $(psql -h "$host" -p "$port" -U esg -d "$restored" -tAq -c "SELECT DISTINCT sha256 FROM evidence"); do
        file="$backup/restored-evidence/content/${sha:0:2}/$sha"
        if [ ! -f "$file" ] || [ "$(sha256sum "$file" | cut -d' ' -f1)" != "$sha" ]; then missing=$((missing + 1)); fi
    done
    echo "  evidence files named by the restored rows and missing or altered in the restored copy: $missing"
    differences=$((differences + missing))
fi
psql -h "$host" -p "$port" -U esg -d "$db" -qc "DROP DATABASE $restored"
if [ "$differences" -eq 0 ]; then echo "backup and restore: identical ($backup)"; else echo "backup and restore: $differences difference(s)"; exit 1; fi
