#!/usr/bin/env bats
# orca-update's real script on a fake ORCA server (stubs/) over a real PostgreSQL: the runs that roll back, fail to,
# or are interrupted, and the output's bounds. orca-update.bats holds the others; each file has its own PostgreSQL,
# so bats runs the two side by side.

setup_file() {
  load helpers
  start_postgres
}

teardown_file() {
  load helpers
  stop_postgres
}

setup() {
  load helpers
  new_fake_server
}

@test "failed install: rolled back to the previous release with the data as it was" {
  local before
  before=$(data_of)
  echo 100 >"$ORCA_FAKE/fail/install-5.2.1"
  update 5.2.1
  [ "$status" -eq 1 ]
  [ "$(field status)" = rolled-back ]
  [ "$(field step)" = update ]
  [ "$(field reason)" = "installing release 5.2.1 failed (exit 100)" ]
  [ "$(field releaseAfter)" = 5.2.0 ]
  [ "$(cat "$ORCA_FAKE/installed")" = 1:5.2.0-1 ]
  [ -f "$ORCA_FAKE/held" ]
  [ "$(data_of)" = "$before" ]
  [ "$(failed_databases)" = "$(field failedDatabase)" ]
  [ ! -e "$ORCA_FLEET_STATE_DIR/update.marker" ]
}

@test "failed postcheck: the migrated database is kept renamed, the backup's data runs again" {
  local before
  before=$(data_of)
  touch "$ORCA_FAKE/stuck/5.2.1"
  update 5.2.1
  [ "$status" -eq 1 ]
  [ "$(field status)" = rolled-back ]
  [ "$(field step)" = postcheck ]
  [ "$(field reason)" = "the database structure did not update (Local_Version differs from New_Version)" ]
  [ "$(field releaseAfter)" = 5.2.0 ]
  # The data after the roll-back equals the data before the update.
  [ "$(data_of)" = "$before" ]
  # The failed database is kept, never dropped, with what the failed update did to it.
  local failed
  failed=$(field failedDatabase)
  [[ $failed =~ ^orca_failed_[0-9]{14}$ ]]
  [ "$(failed_databases)" = "$failed" ]
  data_of "$failed" | grep -q '山田 太郎 (migrated to 5.2.1)'
  [ "$(psql -X -At -d postgres -c "select pg_get_userbyid(datdba) from pg_database where datname = 'orca'")" = orca ]
}

@test "failed roll-back: rollback-failed, exit 2, the marker kept for the next run" {
  echo 100 >"$ORCA_FAKE/fail/install-5.2.1"
  echo 100 >"$ORCA_FAKE/fail/install-5.2.0"
  update 5.2.1
  [ "$status" -eq 2 ]
  [ "$(field status)" = rollback-failed ]
  [ "$(field step)" = update ]
  [ "$(field reason)" = "installing release 5.2.1 failed (exit 100)" ]
  [ "$(field rollbackReason)" = "reinstalling release 5.2.0 failed (exit 100)" ]
  grep -qx 'step=rollback' "$ORCA_FLEET_STATE_DIR/update.marker"
  grep -q 'the server needs a person now' <<<"$output"
}

@test "interrupted run: the next delivery resumes from the marker and finishes the update" {
  touch "$ORCA_FAKE/fail/kill-at-weborca-install"
  update 5.2.1
  [ "$status" -eq 137 ]
  [ -z "$result" ]
  grep -qx 'step=update' "$ORCA_FLEET_STATE_DIR/update.marker"
  [ ! -e "$ORCA_FAKE/running/jma-receipt-weborca" ]
  update 5.2.1
  [ "$status" -eq 0 ]
  [ "$(field status)" = updated ]
  [ "$(field resumedFrom)" = update ]
  [ "$(field releaseBefore)" = 5.2.0 ]
  [[ $(field backup.key) == sakura-clinic/rollout/5.2.1/canary-w0/i-0123456789abcdef0/* ]]
  [ "$(find "$ORCA_FLEET_BACKUP_DIR" -name 'orca-*.dump' | wc -l)" -eq 1 ]
  [ ! -e "$ORCA_FLEET_STATE_DIR/update.marker" ]
}

@test "interrupted run to another release: rolled back from the marker, the data as before" {
  local before
  before=$(data_of)
  touch "$ORCA_FAKE/fail/kill-at-weborca-install"
  update 5.2.1
  [ "$status" -eq 137 ]
  update 5.2.0
  [ "$status" -eq 1 ]
  [ "$(field status)" = rolled-back ]
  [ "$(field resumedFrom)" = update ]
  [ "$(field reason)" = "an interrupted run to release 5.2.1 stopped in step update" ]
  [ "$(cat "$ORCA_FAKE/installed")" = 1:5.2.0-1 ]
  [ "$(data_of)" = "$before" ]
}

@test "output: the story and the result line fit in SSM's 2,500 characters; the full log is on the server" {
  echo 100 >"$ORCA_FAKE/fail/install-5.2.1"
  echo 100 >"$ORCA_FAKE/fail/install-5.2.0"
  printf '%s\n' 点数マスタ 病名マスタ 医薬品マスタ >"$ORCA_FAKE/masters-behind"
  update 5.2.1
  [ "${#output}" -le 2500 ]
  local log
  log=$(field log)
  [[ $log == "$ORCA_FLEET_LOG_DIR"/orca-update-* ]]
  grep -q 'apt-get install' "$log"
  grep -q '^ORCA_FLEET_RESULT ' "$log"
}

@test "a bad parameter is refused before the script runs" {
  run render_update "5.2.1; reboot"
  [ "$status" -ne 0 ]
  [[ $output == *'does not match the allowed pattern'* ]]
}
