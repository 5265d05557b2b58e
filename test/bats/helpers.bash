# Shared by the bats files: a real PostgreSQL per file, a fake ORCA server per test (stubs/ on PATH, state in
# $ORCA_FAKE), and the document's real script rendered with its parameters as the SSM agent would.
ROOT=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)
INSTANCE_ID=i-0123456789abcdef0
CLINIC_ID=sakura-clinic
source "$BATS_TEST_DIRNAME/pg-cluster.bash"

# bats's own temporary folders are root's alone; the cluster's user needs one it can reach.
start_postgres() {
  local vars line
  export PG_DIR
  PG_DIR=$(mktemp -d /tmp/orca-fleet-pg.XXXXXX)
  vars=$(pg_cluster_start "$PG_DIR") || return 1
  while IFS= read -r line; do export "${line?}"; done <<<"$vars"
}

stop_postgres() {
  pg_cluster_stop "$PG_DIR"
  rm -rf "$PG_DIR"
}

# render_update TARGET [name=value ...]: the path of orca-update's script for these parameters (rendered once).
render_update() {
  local target=$1 file
  shift
  file="$BATS_FILE_TMPDIR/orca-update-$target-$(printf '%s' "$*" | md5sum | cut -c1-8).sh"
  if [[ ! -f $file ]]; then
    (cd "$ROOT" && node_modules/.bin/tsx test/bats/render-document.ts orca-update "targetRelease=$target" \
      backupBucket=orca-fleet-backups-test backupPrefix=rollout/5.2.1/canary-w0 orcaUrl=http://localhost:8000 \
      apiWaitSeconds=2 minFreeMb=100 backupGenerations=2 "$@") >"$file" || return 1
  fi
  printf '%s' "$file"
}

# A clinic server at 5.2.0 whose apt repository offers 5.2.1 in two builds; every service active.
new_fake_server() {
  export ORCA_FAKE="$BATS_TEST_TMPDIR/fake"
  mkdir -p "$ORCA_FAKE"/{running,fail,stuck,s3}
  printf '1:5.2.0-1\n' >"$ORCA_FAKE/installed"
  printf '1:5.2.0-1\n1:5.2.1-1\n1:5.2.1-2\n' >"$ORCA_FAKE/available"
  printf '50000\n' >"$ORCA_FAKE/free-mb"
  : >"$ORCA_FAKE/masters-behind"
  : >"$ORCA_FAKE/calls.log"
  touch "$ORCA_FAKE/running/postgresql" "$ORCA_FAKE/running/jma-receipt-weborca" "$ORCA_FAKE/held"
  orca_fixture_load 050200-1
  export ORCA_FLEET_LOCK_FILE="$BATS_TEST_TMPDIR/run/orca-fleet-update.lock"
  export ORCA_FLEET_STATE_DIR="$BATS_TEST_TMPDIR/state"
  export ORCA_FLEET_LOG_DIR="$BATS_TEST_TMPDIR/log"
  export ORCA_FLEET_BACKUP_DIR="$BATS_TEST_TMPDIR/backups"
  export ORCA_FLEET_PG_RUNAS=""
  export AWS_SSM_INSTANCE_ID=$INSTANCE_ID
  export ORCA_FLEET_CLINIC_ENV="$BATS_TEST_TMPDIR/clinic.env"
  printf "CLINIC_ID='%s'\nBACKUP_BUCKET='orca-fleet-backups-test'\n" "$CLINIC_ID" >"$ORCA_FLEET_CLINIC_ENV"
  mkdir -p "$BATS_TEST_TMPDIR/run"
  PATH="$ROOT/test/bats/stubs:$PG_BIN:$PATH"
}

# update TARGET [name=value ...]: runs the real script; $output, $status and $result (the result line's JSON).
update() {
  local script
  script=$(render_update "$@") || return 1
  run bash "$script"
  # shellcheck disable=SC2154 # bats's run sets output
  result=$(grep '^ORCA_FLEET_RESULT ' <<<"$output" | tail -n 1 | cut -d' ' -f2-)
}

# field PATH: one value of the last result line, e.g. field status, field backup.key (JSON for objects and arrays).
field() {
  jq -c -r ".$1" <<<"$result"
}

# What the patients and the structure version look like in database $1 (default orca).
data_of() {
  psql -X -At -d "${1:-orca}" -c "select version from tbl_dbkanri" -c "select id, name, birth from patients order by id"
}

failed_databases() {
  psql -X -At -d postgres -c "select datname from pg_database where datname like 'orca_failed_%' order by datname"
}

# The calls that change a server: everything but probes and reads.
changes() {
  grep -vE '^(curl|df|dpkg-query|apt-cache|systemctl is-active) ' "$ORCA_FAKE/calls.log" || true
}
