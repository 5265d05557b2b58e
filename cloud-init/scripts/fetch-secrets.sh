#!/usr/bin/env bash
# Fetches this clinic's secrets from SSM SecureString parameters with the instance role, so that user-data (readable
# by anyone who may describe the instance) never holds them. The TLS files are owned by orca and readable by it
# alone; the ormaster password goes to a root-only folder in /run (tmpfs), where setup-orca.sh hands it to ORCA and
# removes it.
set -euo pipefail
# shellcheck source=/dev/null
. /etc/orca-fleet/clinic.env

conf=/opt/jma/weborca/conf
fetch() { # fetch <parameter name> <file>
  umask 077
  aws ssm get-parameter --region "${AWS_REGION}" --with-decryption --name "$1" \
    --query Parameter.Value --output text >"$2.tmp"
  install -o orca -g orca -m 0400 "$2.tmp" "$2"
  rm -f "$2.tmp"
}

install -d -o orca -g orca -m 0750 "${conf}"
fetch "${SECRETS_PREFIX}/${CLINIC_ID}/tls/server.crt" "${conf}/server.crt"
fetch "${SECRETS_PREFIX}/${CLINIC_ID}/tls/server.pem" "${conf}/server.pem"
fetch "${SECRETS_PREFIX}/tls/ca.crt" "${conf}/ca.crt"
install -d -o root -g root -m 0700 /run/orca-fleet
fetch "${SECRETS_PREFIX}/${CLINIC_ID}/ormaster-password" /run/orca-fleet/ormaster-password
