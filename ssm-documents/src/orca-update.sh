# orca-update: lock, preflight, backup, update, postcheck, and roll-back when a step after the backup fails. Prints a
# short story (SSM keeps 2,500 characters) and one ORCA_FLEET_RESULT line (contract v2, actions/lib/core/
# update-result.ts); every command's own output goes to the full log under /var/log/orca-fleet/.
# Needs: target_release, backup_bucket, backup_prefix, kms_key_id, api_wait_seconds, min_free_mb,
# backup_generations, and probe.sh's variables. Paths and commands can be moved by ORCA_FLEET_* variables (tests).

lock_file=${ORCA_FLEET_LOCK_FILE:-/run/lock/orca-fleet-update.lock}
state_dir=${ORCA_FLEET_STATE_DIR:-/var/lib/orca-fleet}
log_dir=${ORCA_FLEET_LOG_DIR:-/var/log/orca-fleet}
backup_dir=${ORCA_FLEET_BACKUP_DIR:-/var/backups/orca-fleet}
database=${ORCA_FLEET_DATABASE:-orca}
service=${ORCA_FLEET_SERVICE:-jma-receipt-weborca}
pg_service=${ORCA_FLEET_PG_SERVICE:-postgresql}
package=${ORCA_FLEET_PACKAGE:-jma-receipt-weborca}
jma_setup=${ORCA_FLEET_JMA_SETUP:-jma-setup}
weborca_install=${ORCA_FLEET_WEBORCA_INSTALL:-weborca-install}
# PostgreSQL's client programs run as its superuser through peer authentication; empty runs them as this user.
read -ra pg_runas <<<"${ORCA_FLEET_PG_RUNAS-runuser -u postgres --}"
marker="$state_dir/update.marker"
# The SSM agent names the instance; cloud-init wrote the clinic's id. One SendCommand gives up to 50 instances the
# same backupPrefix, so each backup key starts with the clinic (the instance role may write only there) and names
# the instance.
instance_id=${AWS_SSM_INSTANCE_ID:-}
clinic_env=${ORCA_FLEET_CLINIC_ENV:-/etc/orca-fleet/clinic.env}
# shellcheck source=/dev/null
clinic_id=$(. "$clinic_env" 2>/dev/null && printf '%s' "${CLINIC_ID:-}")
export DEBIAN_FRONTEND=noninteractive
# Timestamps in UTC from bash's own clock: a loaded server should not spend a process on every log line.
export TZ=UTC
PATH="$PATH:/opt/jma/weborca/mw/bin:/opt/jma/weborca/app/bin"
umask 077

mkdir -p "$log_dir" "$state_dir" "$backup_dir"
printf -v log '%s/orca-update-%(%Y%m%dT%H%M%SZ)T-%s.log' "$log_dir" -1 "$$"
exec 4>>"$log"

# The story: one line per event on stdout (what SSM shows) and in the log.
say() {
  printf '%s\n' "$*"
  printf '%(%Y-%m-%dT%H:%M:%SZ)T %s\n' -1 "$*" >&4
}

# A command whose output only the full log needs. Returns the command's exit status.
run() {
  printf '%(%Y-%m-%dT%H:%M:%SZ)T $ %s\n' -1 "$*" >&4
  "$@" >&4 2>&1
}

pg() {
  "${pg_runas[@]}" "$@"
}

# Milliseconds since the epoch, without a process.
now_ms() {
  local us=${EPOCHREALTIME/./}
  now=$((us / 1000))
}

declare -A durations=()
step='' step_started=0
step_begin() {
  step=$1
  now_ms
  step_started=$now
}
step_end() {
  now_ms
  durations[$step]=$((now - step_started))
}

status='' reason='' rollback_reason='' resumed_from='' failed_database=''
release_before='' package_before='' target_package=''
backup_file='' backup_key='' backup_bytes='' backup_sha256=''

durations_json() {
  local out='' name
  for name in lock preflight backup update postcheck rollback; do
    [[ -n ${durations[$name]:-} ]] && out+="${out:+,}\"$name\":${durations[$name]}"
  done
  printf '{%s}' "$out"
}

# Prints the result line and ends the run. Exit 0 when nothing is left for a person (updated, already-current) or
# nothing changed (busy, preflight-failed: not an update failure); 1 rolled back; 2 the roll-back failed.
finish() {
  status=$1
  local ok=false backup=null code=0 masters
  [[ -n ${step_started:-} && -z ${durations[$step]:-} ]] && step_end
  case $status in
    updated | already-current) ok=true ;;
    rolled-back) code=1 ;;
    rollback-failed) code=2 ;;
  esac
  if [[ -n $backup_key ]]; then
    backup=$(printf '{"key":%s,"bytes":%d,"sha256":"%s"}' "$(json_string "$backup_key")" "$backup_bytes" "$backup_sha256")
  fi
  read_masters 60 1500
  masters=$masters_names
  if ((masters_behind > 0)); then
    say "masters behind (master update is not automated: run it from ORCA's screens): $masters"
  fi
  say "result: $status${reason:+ — $reason}${rollback_reason:+; roll-back: $rollback_reason} (full log: $log)"
  local line
  line=$(printf 'ORCA_FLEET_RESULT {"v":2,"document":"orca-update","instanceId":%s,"ok":%s,"status":"%s","target":"%s","releaseBefore":%s,"releaseAfter":%s,"step":"%s","reason":%s,"rollbackReason":%s,"resumedFrom":%s,"backup":%s,"failedDatabase":%s,"durationsMs":%s,"mastersBehind":%s,"log":"%s","at":"%s"}\n' \
    "$(json_string "$instance_id")" "$ok" "$status" "$target_release" "$(json_string "$release_before")" \
    "$(json_string "$probe_version")" "$step" "$(json_string "$reason")" "$(json_string "$rollback_reason")" \
    "$(json_string "$resumed_from")" "$backup" "$(json_string "$failed_database")" "$(durations_json)" "$masters" \
    "$log" "$(printf '%(%Y-%m-%dT%H:%M:%SZ)T' -1)")
  printf '%s\n' "$line"
  printf '%s\n' "$line" >&4
  exit "$code"
}

# The marker says how far an update got, so a run after a power loss or an agent restart knows what to undo.
write_marker() {
  printf 'target=%s\nrelease_before=%s\npackage_before=%s\nstep=%s\nbackup_file=%s\nbackup_key=%s\nbackup_bytes=%s\nbackup_sha256=%s\n' \
    "$target_release" "$release_before" "$package_before" "$1" "$backup_file" "$backup_key" "$backup_bytes" \
    "$backup_sha256" >"$marker.new" && mv "$marker.new" "$marker"
}

# Read as data, never sourced: only known keys, only safe characters.
declare -A found=()
read_marker() {
  local key value
  while IFS='=' read -r key value; do
    case $key in
      target | release_before | package_before | step | backup_file | backup_key | backup_bytes | backup_sha256)
        [[ $value =~ ^[A-Za-z0-9._:/+~-]*$ ]] && found[$key]=$value
        ;;
    esac
  done <"$marker"
}

# Probes until ORCA's API answers (any Api_Result) or the wait runs out.
wait_for_api() {
  local deadline=$((EPOCHSECONDS + api_wait_seconds))
  while :; do
    orca_probe >&4
    case $probe_status in healthy | schema-mismatch | api-error | clock-skew) return 0 ;; esac
    ((EPOCHSECONDS >= deadline)) && return 1
    sleep 2
  done
}

# ---- roll-back: the previous release and the backed-up data, the failed database kept under another name ----
rollback() {
  local rc stamp restoring
  if [[ -n $step_started && -z ${durations[$step]:-} ]]; then
    step_end
  fi
  local failed_step=$step
  write_marker rollback
  step_begin rollback
  say "rollback: putting back release $release_before and the backup taken before the update"
  run systemctl stop "$service"
  run apt-mark unhold "$package"
  run apt-get install -y -q --allow-downgrades --allow-change-held-packages "$package=$package_before"
  rc=$?
  if ((rc != 0)); then
    rollback_failed "$failed_step" "reinstalling release $release_before failed (exit $rc)"
  fi
  run apt-mark hold "$package"
  if [[ ! -s $backup_file ]]; then
    run "${ORCA_FLEET_AWS:-aws}" s3 cp --only-show-errors "s3://$backup_bucket/$backup_key" "$backup_file" ||
      rollback_failed "$failed_step" "the backup file is missing here and could not be fetched from S3"
  fi
  printf -v stamp '%(%Y%m%d%H%M%S)T' -1
  restoring="${database}_restoring_$stamp"
  failed_database="${database}_failed_$stamp"
  # The fresh database takes the old one's owner, encoding and locale, so ORCA finds it as it was.
  local owner encoding collate ctype
  IFS='|' read -r owner encoding collate ctype < <(pg psql -X -At -d postgres -c \
    "select pg_get_userbyid(datdba), pg_encoding_to_char(encoding), datcollate, datctype from pg_database where datname = '$database'")
  run pg createdb -T template0 -O "${owner:-$database}" -E "${encoding:-UTF8}" --lc-collate="${collate:-C}" \
    --lc-ctype="${ctype:-C}" "$restoring"
  rc=$?
  ((rc == 0)) || rollback_failed "$failed_step" "creating a fresh database failed (exit $rc)"
  pg pg_restore --exit-on-error -d "$restoring" <"$backup_file" >&4 2>&1
  rc=$?
  if ((rc != 0)); then
    failed_database=''
    rollback_failed "$failed_step" "restoring the backup failed (exit $rc)"
  fi
  # Swap names in one transaction: ORCA's db.conf keeps naming the database it always used; nothing is dropped.
  run pg psql -X -v ON_ERROR_STOP=1 -d postgres --single-transaction \
    -c "select pg_terminate_backend(pid) from pg_stat_activity where datname = '$database' and pid <> pg_backend_pid()" \
    -c "alter database \"$database\" rename to \"$failed_database\"" \
    -c "alter database \"$restoring\" rename to \"$database\""
  rc=$?
  if ((rc != 0)); then
    failed_database=''
    rollback_failed "$failed_step" "switching ORCA to the restored database failed (exit $rc)"
  fi
  say "rollback: restored the backup; the failed database is kept as $failed_database"
  run systemctl start "$service"
  rc=$?
  ((rc == 0)) || rollback_failed "$failed_step" "starting $service failed (exit $rc)"
  wait_for_api
  if [[ $probe_status != healthy || $probe_version != "$release_before" ]]; then
    rollback_failed "$failed_step" "after the roll-back ORCA answers release ${probe_version:-unknown} with status $probe_status"
  fi
  step_end
  rm -f "$marker"
  say "rollback: done in ${durations[rollback]} ms, release $release_before answers"
  step=$failed_step
  step_started=''
  finish rolled-back
}

rollback_failed() {
  step_end
  # Say what runs now, whatever it is: the result line reports the release ORCA answers at the end.
  orca_probe >&4
  rollback_reason=$2
  step=$1
  step_started=''
  say "rollback: FAILED — $rollback_reason; the server needs a person now (runbook: docs/runbooks/orca-update.md)"
  finish rollback-failed
}

# A step after the backup failed: say why and roll back.
fail_after_backup() {
  reason=$1
  say "$step: FAILED — $reason"
  rollback
}

# A check or the backup failed before anything changed.
refuse() {
  reason=$1
  say "$step: FAILED — $reason; nothing was changed"
  finish preflight-failed
}

# ---- 1. lock and idempotency ----
step_begin lock
probe_version='' probe_flat=''
if [[ -e $lock_file && ! -O $lock_file ]]; then
  reason="the lock file $lock_file belongs to another user"
  say "lock: $reason"
  finish busy
fi
exec 9>>"$lock_file"
if ! flock -n 9; then
  reason="another orca-update run holds the lock"
  say "lock: busy — $reason; nothing was changed"
  finish busy
fi
orca_probe >&4
release_before=$probe_version
say "lock: acquired; at $probe_at ORCA answers ${probe_version:-nothing} ($probe_status${probe_message:+, $probe_message}), target $target_release"

if [[ -f $marker ]]; then
  read_marker
  resumed_from=${found[step]:-update}
  release_before=${found[release_before]:-} package_before=${found[package_before]:-}
  backup_file=${found[backup_file]:-} backup_key=${found[backup_key]:-}
  backup_bytes=${found[backup_bytes]:-} backup_sha256=${found[backup_sha256]:-}
  say "lock: an interrupted run to ${found[target]:-?} stopped in step $resumed_from"
  if [[ -z $release_before || -z $package_before || -z $backup_key ]]; then
    step_end
    reason="the marker of an interrupted run is unreadable: a person must check the server"
    rollback_reason=$reason
    finish rollback-failed
  fi
  step_end
  if [[ ${found[target]:-} == "$target_release" && $resumed_from != rollback ]]; then
    say "lock: resuming the update from the backup that run made"
    resume=true
  else
    step=$resumed_from
    step_started=''
    fail_after_backup "an interrupted run to release ${found[target]:-?} stopped in step $resumed_from"
  fi
else
  resume=false
  if [[ $probe_status == healthy && $probe_version == "$target_release" ]]; then
    step_end
    say "lock: release $target_release already runs with a current database structure; nothing to do"
    finish already-current
  fi
  step_end
fi

if [[ $resume == false ]]; then
  # ---- 2. preflight: nothing changes here ----
  step_begin preflight
  [[ $clinic_id =~ ^[a-z0-9][a-z0-9-]*$ ]] || refuse "the clinic's id is not in $clinic_env: the backup has no key"
  [[ $instance_id =~ ^(i|mi)-[0-9a-f]+$ ]] || refuse "the instance id is unknown (AWS_SSM_INSTANCE_ID): the backup has no key"
  run systemctl is-active --quiet "$pg_service" || refuse "$pg_service is not active"
  run systemctl is-active --quiet "$service" || refuse "$service is not active"
  [[ $probe_status == healthy ]] || refuse "ORCA's API is not healthy before the update (status $probe_status)"
  database_mb=$(pg psql -X -At -d postgres -c "select ceil(pg_database_size('$database') / 1048576.0)::int" 2>&4)
  [[ $database_mb =~ ^[0-9]+$ ]] || refuse "the size of database $database could not be read"
  free_mb=$(df -Pm "$backup_dir" | awk 'NR == 2 { print $4 }')
  need_mb=$((min_free_mb + 2 * database_mb))
  say "preflight: ${free_mb:-?} MB free under $backup_dir, ${need_mb} MB needed (database $database_mb MB)"
  if [[ ! $free_mb =~ ^[0-9]+$ ]] || ((free_mb < need_mb)); then
    refuse "not enough free disk for the backup and the packages"
  fi
  run apt-get update -q
  rc=$?
  ((rc == 0)) || refuse "apt-get update failed (exit $rc)"
  # The newest package version of the target release, e.g. 1:5.2.1-2 for 5.2.1.
  target_package=$(apt-cache madison "$package" 2>&4 | awk -F'|' '{ gsub(/ /, "", $2); print $2 }' |
    grep -E "^([0-9]+:)?${target_release//./\\.}([^0-9.]|$)" | head -n 1)
  [[ -n $target_package ]] || refuse "release $target_release is not offered by ORCA's apt repository"
  package_before=$(dpkg-query -W -f='${Version}' "$package" 2>&4)
  [[ -n $package_before ]] || refuse "the installed $package version is unknown"
  step_end
  say "preflight: ok in ${durations[preflight]} ms; $package $package_before -> $target_package"

  # ---- 3. backup: no backup, no update ----
  step_begin backup
  printf -v stamp '%(%Y%m%dT%H%M%SZ)T' -1
  backup_file="$backup_dir/orca-$release_before-$stamp.dump"
  pg pg_dump -Fc "$database" >"$backup_file.partial" 2>&4
  rc=$?
  ((rc == 0)) || {
    rm -f "$backup_file.partial"
    refuse "pg_dump failed (exit $rc)"
  }
  if ! pg_restore --list "$backup_file.partial" >&4 2>&1; then
    rm -f "$backup_file.partial"
    refuse "the backup does not pass pg_restore --list"
  fi
  mv "$backup_file.partial" "$backup_file"
  backup_bytes=$(stat -c %s "$backup_file")
  backup_sha256=$(sha256sum "$backup_file" | cut -d' ' -f1)
  backup_key="$clinic_id/$backup_prefix/$instance_id/$stamp-orca-$release_before.dump"
  kms_args=(--sse aws:kms)
  [[ -n $kms_key_id ]] && kms_args+=(--sse-kms-key-id "$kms_key_id")
  run "${ORCA_FLEET_AWS:-aws}" s3 cp --only-show-errors "${kms_args[@]}" "$backup_file" "s3://$backup_bucket/$backup_key"
  rc=$?
  if ((rc != 0)); then
    backup_key=''
    refuse "copying the backup to S3 failed (exit $rc)"
  fi
  # Keep the newest generations here; the bucket keeps every one under Object Lock.
  find "$backup_dir" -maxdepth 1 -name 'orca-*.dump' -printf '%T@ %p\n' | sort -rn | tail -n +"$((backup_generations + 1))" |
    cut -d' ' -f2- | while IFS= read -r old; do run rm -f "$old"; done
  step_end
  say "backup: ok in ${durations[backup]} ms; $backup_bytes bytes, sha256 ${backup_sha256:0:12}…, s3://$backup_bucket/$backup_key"
fi

# ---- 4. update, in ORCA's order: stop, package, jma-setup, program update, start ----
step_begin update
if [[ -z $target_package ]]; then
  target_package=$(apt-cache madison "$package" 2>&4 | awk -F'|' '{ gsub(/ /, "", $2); print $2 }' |
    grep -E "^([0-9]+:)?${target_release//./\\.}([^0-9.]|$)" | head -n 1)
  [[ -n $target_package ]] || fail_after_backup "release $target_release is not offered by ORCA's apt repository"
fi
write_marker update
run systemctl stop "$service"
rc=$?
((rc == 0)) || fail_after_backup "stopping $service failed (exit $rc)"
run apt-mark unhold "$package"
run apt-get install -y -q --allow-downgrades --allow-change-held-packages "$package=$target_package"
rc=$?
((rc == 0)) || fail_after_backup "installing release $target_release failed (exit $rc)"
run apt-mark hold "$package"
run "$jma_setup"
rc=$?
((rc == 0)) || fail_after_backup "jma-setup failed (exit $rc)"
run "$weborca_install"
rc=$?
((rc == 0)) || fail_after_backup "weborca-install failed (exit $rc)"
run systemctl start "$service"
rc=$?
((rc == 0)) || fail_after_backup "starting $service failed (exit $rc)"
wait_for_api || fail_after_backup "ORCA's API did not answer within $api_wait_seconds s after the start (status $probe_status)"
step_end
say "update: ok in ${durations[update]} ms; $package $target_package installed and held"

# ---- 5. postcheck through ORCA's own API ----
step_begin postcheck
write_marker postcheck
orca_probe >&4
if [[ $probe_version != "$target_release" ]]; then
  fail_after_backup "ORCA answers release ${probe_version:-unknown} after the update, not $target_release"
elif [[ $probe_status == schema-mismatch ]]; then
  fail_after_backup "the database structure did not update (Local_Version differs from New_Version)"
elif [[ $probe_status != healthy ]]; then
  fail_after_backup "ORCA's API is not healthy after the update (status $probe_status)"
fi
step_end
rm -f "$marker"
say "postcheck: ok in ${durations[postcheck]} ms; release $probe_version, database structure current"
finish updated
