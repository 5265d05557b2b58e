#!/usr/bin/env bash
# Dumps ORCA's database in custom format (ORCA's recommendation, restored with pg_restore) and stores it in the
# fleet's Object Lock bucket under a new key with a COMPLIANCE retention, so no generation can be overwritten.
set -euo pipefail
# shellcheck source=/dev/null
. /etc/orca-fleet/clinic.env

stamp=$(date -u +%Y%m%dT%H%M%SZ)
until=$(date -u -d "+${BACKUP_RETENTION_DAYS} days" +%Y-%m-%dT%H:%M:%SZ)
dump=$(mktemp /var/tmp/orca-XXXXXX.dump)
trap 'rm -f "${dump}"' EXIT

runuser -u orca -- pg_dump -Fc -d orca >"${dump}"
pg_restore --list "${dump}" >/dev/null # a dump that cannot be listed is not a backup
aws s3api put-object --region "${AWS_REGION}" --bucket "${BACKUP_BUCKET}" \
  --key "${CLINIC_ID}/orca-${stamp}.dump" --body "${dump}" \
  --server-side-encryption aws:kms --checksum-algorithm SHA256 \
  --object-lock-mode COMPLIANCE --object-lock-retain-until-date "${until}" >/dev/null
echo "backup ${CLINIC_ID}/orca-${stamp}.dump kept until ${until}"
