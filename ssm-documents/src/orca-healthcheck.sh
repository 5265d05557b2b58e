orca_probe
ok=false
if [[ $probe_status == healthy ]]; then
  ok=true
fi
printf 'ORCA_FLEET_RESULT {"v":1,"document":"orca-healthcheck","instanceId":%s,"ok":%s,%s}\n' \
  "$(json_string "${AWS_SSM_INSTANCE_ID:-}")" "$ok" "$(probe_json_fields)"
[[ $ok == true ]]
