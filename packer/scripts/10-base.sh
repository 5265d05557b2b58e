#!/usr/bin/env bash
# The base system: current packages, Japan time, the tools the boot scripts use, PostgreSQL 14 (jammy's own).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

# Canonical's images may still be finishing their own first boot.
cloud-init status --wait >/dev/null || true

apt-get update -q
apt-get -y -q -o Dpkg::Options::=--force-confold dist-upgrade
apt-get -y -q install ca-certificates curl gnupg jq unzip postgresql-14 postgresql-client-14
timedatectl set-timezone Asia/Tokyo

# AWS CLI v2 from Canonical's snap; cloud-init's scripts run with a PATH that lacks /snap/bin.
snap install aws-cli --classic
ln -sf /snap/bin/aws /usr/local/bin/aws
aws --version
