#!/usr/bin/env bash
# First-boot WebORCA setup: program update and database setup, TLS client-certificate verification, the ormaster
# password. cloud-init runs it once per instance (runcmd) and does NOT run it again on a later boot. It is safe to
# re-run by hand when the first run failed (its log is /var/log/orca-fleet-setup.log):
#   sudo /usr/local/sbin/orca-fleet-setup-orca
# Each step repeats safely: the secrets are fetched again, weborca-install and jma-setup are ORCA's repeatable
# update steps, set_conf replaces a line rather than adding a second, and the password is stored again.
set -euo pipefail
# shellcheck source=/dev/null
. /etc/orca-fleet/clinic.env

conf=/opt/jma/weborca/conf/jma-receipt.conf
log=/var/log/orca-fleet-setup.log
exec > >(tee -a "${log}") 2>&1

set_conf() { # set_conf <key> <value>: replace the key's line or append it
  if grep -q "^$1=" "${conf}"; then
    sed -i "s|^$1=.*|$1=$2|" "${conf}"
  else
    printf '%s=%s\n' "$1" "$2" >>"${conf}"
  fi
}

/usr/local/sbin/orca-fleet-fetch-secrets

# weborca-install fetches and installs the current program modules (the program update); jma-setup then brings the
# database structure up to them. Both are ORCA's documented, repeatable steps.
systemctl stop jma-receipt-weborca || true
weborca-install
/opt/jma/weborca/app/bin/jma-setup

# WebORCA's own SSL client verification: HTTPS on port 8000, clients need a certificate from the fleet's CA.
set_conf SERVER_CRT /opt/jma/weborca/conf/server.crt
set_conf SERVER_PEM /opt/jma/weborca/conf/server.pem
set_conf CA_CRT /opt/jma/weborca/conf/ca.crt

# passwd_store.sh reads the password on stdin; the file lives in /run (tmpfs) and is removed right after.
/opt/jma/weborca/app/bin/passwd_store.sh ormaster </run/orca-fleet/ormaster-password
rm -f /run/orca-fleet/ormaster-password

systemctl enable --now jma-receipt-weborca
echo "orca-fleet: WebORCA ready for ${CLINIC_ID} (${ORCA_VERSION}) on ${AMI_ID}"
