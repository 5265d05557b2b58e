#!/usr/bin/env bash
# The SSM agent (the fleet's only way in) and, when asked, the CloudWatch agent, installed but not configured.
set -euo pipefail
: "${AWS_REGION:?AWS_REGION must be set}"
: "${INSTALL_MONITORING_AGENT:=false}"

# Canonical's AMIs ship the agent as a snap; install it when an image lacks it.
snap list amazon-ssm-agent >/dev/null 2>&1 || snap install amazon-ssm-agent --classic
systemctl enable snap.amazon-ssm-agent.amazon-ssm-agent.service

if [ "${INSTALL_MONITORING_AGENT}" = "true" ]; then
  deb=$(mktemp --suffix=.deb)
  trap 'rm -f "${deb}"' EXIT
  curl -fsSL "https://amazoncloudwatch-agent-${AWS_REGION}.s3.${AWS_REGION}.amazonaws.com/ubuntu/amd64/latest/amazon-cloudwatch-agent.deb" -o "${deb}"
  apt-get -y -q install "${deb}"
fi
