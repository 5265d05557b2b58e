#!/usr/bin/env bats
# orca-update's real script on a fake ORCA server (stubs/) over a real PostgreSQL: the runs that end without a
# roll-back (updated, already current, busy, refused in preflight). orca-update-rollback.bats holds the others; each
# file has its own PostgreSQL, so bats runs the two side by side.

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
