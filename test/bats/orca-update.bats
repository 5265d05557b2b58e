#!/usr/bin/env bats
# orca-update's real script on a fake ORCA server (stubs/) over a real PostgreSQL: one case per outcome.

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

@test "updated: backs up, installs the newest build of the target, holds it, sets up, starts and checks" {
  echo 病名マスタ >"$ORCA_FAKE/masters-behind"
  update 5.2.1
  [ "$status" -eq 0 ]
  [ "$(field status)" = updated ]
  [ "$(field ok)" = true ]
  [ "$(field releaseBefore)" = 5.2.0 ]
  [ "$(field releaseAfter)" = 5.2.1 ]
  [ "$(field step)" = postcheck ]
  [ "$(field mastersBehind)" = '["病名マスタ"]' ]
  grep -q 'master update is not automated' <<<"$output"
  [ "$(jq -r '.durationsMs | keys_unsorted | join(",")' <<<"$result")" = lock,preflight,backup,update,postcheck ]
  [ "$(cat "$ORCA_FAKE/installed")" = 1:5.2.1-2 ]
  [ -f "$ORCA_FAKE/held" ]
  # ORCA's order: stop, package, hold, jma-setup, program update, start.
  run changes
  [ "$output" = "apt-get update -q
aws s3 cp --only-show-errors --sse aws:kms $ORCA_FLEET_BACKUP_DIR/$(basename "$(find "$ORCA_FLEET_BACKUP_DIR" -name 'orca-*.dump')") s3://orca-fleet-backups-test/$(field backup.key)
systemctl stop jma-receipt-weborca
apt-mark unhold jma-receipt-weborca
apt-get install -y -q --allow-downgrades --allow-change-held-packages jma-receipt-weborca=1:5.2.1-2
apt-mark hold jma-receipt-weborca
jma-setup 
weborca-install 
systemctl start jma-receipt-weborca" ]
  # The backup in the bucket is the one reported, and pg_restore can read it.
  local object="$ORCA_FAKE/s3/orca-fleet-backups-test/$(field backup.key)"
  # The clinic first (the instance role writes only there), then the command's prefix, then this instance.
  [[ $(field backup.key) =~ ^sakura-clinic/rollout/5\.2\.1/canary-w0/i-0123456789abcdef0/[0-9]{8}T[0-9]{6}Z-orca-5\.2\.0\.dump$ ]]
  [ "$(sha256sum "$object" | cut -d' ' -f1)" = "$(field backup.sha256)" ]
  [ "$(stat -c %s "$object")" = "$(field backup.bytes)" ]
  pg_restore --list "$object" | grep -q 'TABLE DATA public patients'
  [ ! -e "$ORCA_FLEET_STATE_DIR/update.marker" ]
}

@test "already-current: a second run changes nothing" {
  update 5.2.1
  [ "$(field status)" = updated ]
  local before_changes before_data
  before_changes=$(changes)
  before_data=$(data_of)
  update 5.2.1
  [ "$status" -eq 0 ]
  [ "$(field status)" = already-current ]
  [ "$(field releaseAfter)" = 5.2.1 ]
  [ "$(field backup)" = null ]
  [ "$(changes)" = "$before_changes" ]
  [ "$(data_of)" = "$before_data" ]
  [ "$(find "$ORCA_FLEET_BACKUP_DIR" -name 'orca-*.dump' | wc -l)" -eq 1 ]
}

@test "busy: a run while another holds the lock changes nothing" {
  # This test holds the lock as another run would, on its own open file.
  exec 8>>"$ORCA_FLEET_LOCK_FILE"
  flock 8
  update 5.2.1
  exec 8>&-
  [ "$status" -eq 0 ]
  [ "$(field status)" = busy ]
  [ "$(field ok)" = false ]
  [ "$(field reason)" = "another orca-update run holds the lock" ]
  [ -z "$(changes)" ]
  [ "$(cat "$ORCA_FAKE/installed")" = 1:5.2.0-1 ]
}

@test "preflight-failed: not enough disk for the backup" {
  echo 90 >"$ORCA_FAKE/free-mb"
  update 5.2.1
  [ "$status" -eq 0 ]
  [ "$(field status)" = preflight-failed ]
  [ "$(field step)" = preflight ]
  [ "$(field reason)" = "not enough free disk for the backup and the packages" ]
  [ -z "$(changes)" ]
  [ -z "$(find "$ORCA_FLEET_BACKUP_DIR" -name 'orca-*')" ]
}

@test "preflight-failed: ORCA's API does not answer" {
  touch "$ORCA_FAKE/api-down"
  update 5.2.1
  [ "$(field status)" = preflight-failed ]
  [ "$(field reason)" = "ORCA's API is not healthy before the update (status unreachable)" ]
  [ "$(field releaseBefore)" = null ]
  [ -z "$(changes)" ]
}

@test "preflight-failed: the target release is not offered" {
  update 5.2.9
  [ "$(field status)" = preflight-failed ]
  [ "$(field reason)" = "release 5.2.9 is not offered by ORCA's apt repository" ]
  [ "$(changes)" = "apt-get update -q" ]
}

@test "preflight-failed: PostgreSQL is not active" {
  rm "$ORCA_FAKE/running/postgresql"
  update 5.2.1
  [ "$(field reason)" = "postgresql is not active" ]
  [ -z "$(changes)" ]
}

@test "preflight-failed: without the clinic's id or the instance's, the backup has no key of its own" {
  printf 'BACKUP_BUCKET=orca-fleet-backups-test\n' >"$ORCA_FLEET_CLINIC_ENV"
  update 5.2.1
  [ "$(field status)" = preflight-failed ]
  [ "$(field reason)" = "the clinic's id is not in $ORCA_FLEET_CLINIC_ENV: the backup has no key" ]
  [ -z "$(changes)" ]
  printf "CLINIC_ID='%s'\n" "$CLINIC_ID" >"$ORCA_FLEET_CLINIC_ENV"
  AWS_SSM_INSTANCE_ID='' update 5.2.1
  [ "$(field status)" = preflight-failed ]
  [ "$(field reason)" = "the instance id is unknown (AWS_SSM_INSTANCE_ID): the backup has no key" ]
  [ -z "$(changes)" ]
}

@test "a failed copy to S3 stops before any change: no backup, no update" {
  echo 1 >"$ORCA_FAKE/fail/s3"
  update 5.2.1
  [ "$(field status)" = preflight-failed ]
  [ "$(field step)" = backup ]
  [ "$(field reason)" = "copying the backup to S3 failed (exit 1)" ]
  [ "$(field backup)" = null ]
  [ "$(cat "$ORCA_FAKE/installed")" = 1:5.2.0-1 ]
  ! grep -q 'systemctl stop' "$ORCA_FAKE/calls.log"
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

@test "local backups are bounded: the newest backupGenerations stay, older ones go (the bucket keeps all)" {
  mkdir -p "$ORCA_FLEET_BACKUP_DIR"
  for day in 01 02 03; do
    touch -d "2026-10-$day 03:00" "$ORCA_FLEET_BACKUP_DIR/orca-5.1.0-202610${day}T030000Z.dump"
  done
  update 5.2.1
  [ "$(field status)" = updated ]
  run find "$ORCA_FLEET_BACKUP_DIR" -name 'orca-*.dump' -printf '%f\n'
  [ "$(sort <<<"$output")" = "orca-5.1.0-20261003T030000Z.dump
$(basename "$(field backup.key | sed 's#.*/\([0-9TZ]*\)-orca-5.2.0.dump#orca-5.2.0-\1.dump#')")" ]
}
