# A throwaway PostgreSQL cluster for tests: Debian's initdb and pg_ctl as the unprivileged user `nobody` (the tests
# run as root, which PostgreSQL refuses), data and unix socket in a temporary folder, no TCP listener. Prints the
# libpq variables to export; fails loudly, never skips, when PostgreSQL is missing.

pg_bin_dir() {
  local initdb
  initdb=$(find /usr/lib/postgresql -path '*/bin/initdb' 2>/dev/null | sort -V | tail -n 1)
  if [[ -z $initdb ]]; then
    echo "PostgreSQL's initdb is missing: apt-get install -y postgresql (npm test installs it as root)" >&2
    return 1
  fi
  printf '%s' "${initdb%/initdb}"
}

# pg_cluster_start DIR: starts a cluster under DIR (created), prints PGHOST=… PGPORT=… PGUSER=… PG_BIN=… lines.
pg_cluster_start() {
  local dir=$1 bin port
  bin=$(pg_bin_dir) || return 1
  mkdir -p "$dir"
  chown nobody "$dir"
  chmod 0700 "$dir"
  # A port nothing listens on, so that the socket's name is unique even if a TCP listener is ever enabled.
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  # --no-sync and fsync=off: a throwaway cluster needs no durability, and its flushes were most of the suite's time.
  runuser -u nobody -- "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    return 1
  }
  runuser -u nobody -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || {
    cat "$dir/server.log" >&2
    return 1
  }
  printf 'PGHOST=%s\nPGPORT=%s\nPGUSER=postgres\nPG_BIN=%s\n' "$dir" "$port" "$bin"
}

# pg_cluster_stop DIR
pg_cluster_stop() {
  local bin
  bin=$(pg_bin_dir) || return 1
  runuser -u nobody -- "$bin/pg_ctl" -D "$1/data" -m immediate -w stop >/dev/null 2>&1
}

# orca_fixture_load: a small `orca` database owned by the role orca, with ORCA's structure-version table
# (tbl_dbkanri, Local_Version of systeminfv2) at RELEASE and a few patients.
orca_fixture_load() {
  local release=$1
  psql -X -q -v ON_ERROR_STOP=1 -d postgres <<SQL
select format('drop database %I', datname) from pg_database where datname ~ '^orca(_|$)' \\gexec
do \$\$ begin create role orca login; exception when duplicate_object then null; end \$\$;
create database orca owner orca template template0 encoding 'UTF8';
SQL
  psql -X -q -v ON_ERROR_STOP=1 -d orca <<SQL
set role orca;
create table tbl_dbkanri (kanricd text primary key, version text not null);
insert into tbl_dbkanri values ('ORCADB00', '$release');
create table patients (id int primary key, name text not null, birth date not null);
insert into patients values (1, '山田 太郎', '1950-04-01'), (2, '佐藤 花子', '1988-12-31'), (3, 'Ōno Jirō', '2001-07-07');
SQL
}
