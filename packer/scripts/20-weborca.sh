#!/usr/bin/env bash
# WebORCA on-premises from ORCA's apt repository, at the version asked for and held there. Setup (weborca-install,
# jma-setup) runs on each clinic's first boot, where its secrets are.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
: "${ORCA_VERSION:?ORCA_VERSION must be set}"

install -d -m 0755 /etc/apt/keyrings
curl -fsSL https://ftp.orca.med.or.jp/pub/ubuntu/archive.key -o /etc/apt/keyrings/jma.asc
chmod 0644 /etc/apt/keyrings/jma.asc
curl -fsSL https://ftp.orca.med.or.jp/pub/ubuntu/jma-receipt-weborca-jammy10.list \
  -o /etc/apt/sources.list.d/jma-receipt-weborca-jammy10.list
apt-get update -q

# The repository's exact version string for ORCA_VERSION (an epoch or a Debian revision may surround it).
package_version=$(apt-cache madison jma-receipt-weborca |
  awk -F' *[|] *' -v want="${ORCA_VERSION}" '{ v = $2; sub(/^[0-9]+:/, "", v) } v == want || index(v, want "-") == 1 { print $2; exit }')
if [ -z "${package_version}" ]; then
  echo "jma-receipt-weborca ${ORCA_VERSION} is not in ORCA's repository; available:" >&2
  apt-cache madison jma-receipt-weborca >&2
  exit 1
fi
apt-get -y -q install "jma-receipt-weborca=${package_version}"
apt-mark hold jma-receipt-weborca
echo "installed jma-receipt-weborca ${package_version}"
