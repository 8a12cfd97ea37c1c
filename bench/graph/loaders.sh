# The peers' loaders of the link-analysis benchmark, shared by bench/graph/run.sh and
# bench/graph/import_peers.sh (sourced, not run): the sqlite3 shell's .import and PostgreSQL's COPY
# of calls.csv into a table with call_records' two (number, start) indexes, and a throwaway
# PostgreSQL cluster for them. Needs PGBIN. Each step returns on failure by itself: called inside
# $(...), a function does not inherit the caller's set -e.

now() { date +%s.%N; }
secs() { /usr/bin/python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$1" "$2"; }

# sqlite_import DATA DIR: .import of DATA/calls.csv into DIR/calls.sqlite (WAL, synchronous=NORMAL,
# 32 MB cache, as our store), then the file is removed. Prints {"seconds", "rows", "version"}.
sqlite_import() {
  local data=$1 db=$2/calls.sqlite t0 t1 rows
  sqlite3 "$db" >/dev/null <<'SQL' || return 1
PRAGMA journal_mode=WAL;
CREATE TABLE calls (caller TEXT NOT NULL, callee TEXT NOT NULL, start TEXT NOT NULL, duration INTEGER NOT NULL);
CREATE INDEX calls_caller ON calls(caller, start);
CREATE INDEX calls_callee ON calls(callee, start);
SQL
  t0=$(now)
  sqlite3 -cmd "PRAGMA synchronous=NORMAL" -cmd "PRAGMA cache_size=-32000" "$db" ".import --csv --skip 1 $data/calls.csv calls" || return 1
  t1=$(now)
  rows=$(sqlite3 "$db" "SELECT count(*) FROM calls") || return 1
  echo "{\"seconds\": $(secs "$t0" "$t1"), \"rows\": $rows, \"version\": \"$(sqlite3 --version | cut -d' ' -f1)\"}"
  rm -f "$db"*
}

# pg_start DIR: a cluster of the postgres user in DIR/pg (unix socket only), started; sets PGDATA,
# SOCK and PORT and defines pg (psql on it). Defaults (fsync and synchronous commit on) but memory
# for the size and no checkpoint in a COPY. The caller stops it (pg_ctl -D "$PGDATA" stop).
pg_start() {
  PGDATA=$1/pg/data SOCK=$1/pg/sock
  mkdir -p "$PGDATA" "$SOCK" "$1/pg/log" && chown -R postgres: "$1/pg" || return 1
  PORT=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres -E UTF8 --locale=C.UTF-8 --auth=trust \
    >"$1/pg/log/initdb.log" 2>&1 || { cat "$1/pg/log/initdb.log" >&2; return 1; }
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$1/pg/log/server.log" -w \
    -o "-k $SOCK -p $PORT -c listen_addresses='' -c shared_buffers=1GB -c work_mem=64MB -c maintenance_work_mem=1GB -c max_wal_size=20GB -c checkpoint_timeout=30min" \
    start >/dev/null || { cat "$1/pg/log/server.log" >&2; return 1; }
}
pg() { psql -X -q -v ON_ERROR_STOP=1 -h "$SOCK" -p "$PORT" -U postgres -d postgres "$@"; }

# pg_copy_calls DATA: COPY of DATA/calls.csv into a new table with the two indexes, dropped after.
# Prints "SECONDS ROWS".
pg_copy_calls() {
  local t0 t1 rows
  pg -c "CREATE TABLE calls (caller text NOT NULL, callee text NOT NULL, start timestamp NOT NULL, duration int NOT NULL)" \
     -c "CREATE INDEX calls_caller ON calls (caller, start)" -c "CREATE INDEX calls_callee ON calls (callee, start)" || return 1
  t0=$(now)
  pg -c "COPY calls FROM '$1/calls.csv' WITH (FORMAT csv, HEADER true)" || return 1
  t1=$(now)
  rows=$(pg -At -c "SELECT count(*) FROM calls") || return 1
  pg -c "DROP TABLE calls" || return 1
  echo "$(secs "$t0" "$t1") $rows"
}
