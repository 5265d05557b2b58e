#!/usr/bin/env bash
# Registers this instance's private IP under its clinic name in the fleet's private zone. UPSERT makes every boot
# idempotent, and the unit runs it on every boot, as the private IP can change; the instance role may only UPSERT this
# clinic's own A record (infra/policies/instance.policy.json).
set -euo pipefail
# shellcheck source=/dev/null
. /etc/orca-fleet/clinic.env

token=$(curl -fsS -X PUT -H 'X-aws-ec2-metadata-token-ttl-seconds: 300' http://169.254.169.254/latest/api/token)
ip=$(curl -fsS -H "X-aws-ec2-metadata-token: ${token}" http://169.254.169.254/latest/meta-data/local-ipv4)

change=$(jq -n --arg name "${CLINIC_FQDN}." --arg ip "${ip}" '{
  Comment: "orca-fleet: clinic private address",
  Changes: [{Action: "UPSERT", ResourceRecordSet: {Name: $name, Type: "A", TTL: 60, ResourceRecords: [{Value: $ip}]}}]
}')
aws route53 change-resource-record-sets --hosted-zone-id "${DNS_ZONE_ID}" --change-batch "${change}" >/dev/null
echo "registered ${CLINIC_FQDN} -> ${ip}"
