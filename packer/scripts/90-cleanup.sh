#!/usr/bin/env bash
# Leaves nothing of the build in the image: no build key, no logs, no machine identity, so every clinic's first
# boot is a true first boot and cloud-init runs its user data.
set -euo pipefail

apt-get -y -q autoremove --purge
apt-get clean
rm -f /home/ubuntu/.ssh/authorized_keys /root/.ssh/authorized_keys
rm -f /etc/ssh/ssh_host_*
cloud-init clean --logs --machine-id
truncate -s 0 /etc/machine-id
