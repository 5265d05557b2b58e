#!/usr/bin/env bash
# Writes what the healthcheck presents to ORCA, from SSM SecureString parameters read with the instance role: the
# client certificate and key for ORCA's client verification, the fleet's CA (it signed ORCA's server certificate),
# the name that certificate carries, and a netrc with the ORCA API operator. Root-only, mode 0400, where
# /etc/orca-fleet/probe-credentials.env says (the SSM documents read the same file). Safe to run again: a file is
# replaced, atomically, only when its parameter changed, so a re-run (the daily timer, or by hand right after
# `orca-fleet certs sync`) rotates them.
set -euo pipefail
# shellcheck source=/dev/null
. /etc/orca-fleet/clinic.env
# shellcheck source=/dev/null
. /etc/orca-fleet/probe-credentials.env

umask 077
folder="${SECRETS_PREFIX}/${CLINIC_ID}"
changed=0

fetch() { # fetch <parameter name>: its value on stdout
  aws ssm get-parameter --region "${AWS_REGION}" --with-decryption --name "$1" \
    --query Parameter.Value --output text
}

# curl reads the first netrc entry that matches; "default" matches the name the probe asks for, whatever it is.
netrc() {
  local login password
  login=$(fetch "${folder}/api-operator/login") || return 1
  password=$(fetch "${folder}/api-operator/password") || return 1
  if [[ ! ${login} =~ ^[^[:space:]]+$ || ! ${password} =~ ^[^[:space:]]+$ ]]; then
    echo "the API operator's login and password must be non-empty and without blanks (netrc cannot hold them)" >&2
    return 1
  fi
  printf 'default login %s password %s\n' "${login}" "${password}"
}

put() { # put <file> <command...>: the command's output becomes <file>, root-only and read-only, when it differs
  local file=$1 staged
  shift
  staged=$(mktemp "${file}.XXXXXX")
  if ! "$@" >"${staged}"; then
    rm -f "${staged}"
    echo "probe credentials: ${file} left as it was" >&2
    return 1
  fi
  if [[ -f ${file} ]] && cmp -s "${staged}" "${file}"; then
    rm -f "${staged}"
    return 0
  fi
  chmod 0400 "${staged}"
  mv -f "${staged}" "${file}"
  changed=$((changed + 1))
  echo "probe credentials: wrote ${file}"
}

install -d -m 0700 "${PROBE_TLS_DIR}"
mkdir -p "$(dirname "${PROBE_NETRC}")"
put "${PROBE_TLS_DIR}/${PROBE_CLIENT_CERT}" fetch "${folder}/tls/client.crt"
put "${PROBE_TLS_DIR}/${PROBE_CLIENT_KEY}" fetch "${folder}/tls/client.pem"
put "${PROBE_TLS_DIR}/${PROBE_CA_CERT}" fetch "${SECRETS_PREFIX}/tls/ca.crt"
put "${PROBE_TLS_DIR}/${PROBE_SERVER_NAME}" printf '%s\n' "${CLINIC_FQDN}"
put "${PROBE_NETRC}" netrc
echo "probe credentials: ${changed} file(s) changed for ${CLINIC_ID}"
