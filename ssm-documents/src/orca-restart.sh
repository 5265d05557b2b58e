systemctl restart jma-receipt-weborca
restart_rc=$?
echo "systemctl restart jma-receipt-weborca: exit $restart_rc"
# WebORCA takes a while to open its port after a restart: probe until healthy or the wait runs out.
attempts=0
deadline=$(($(date +%s) + wait_seconds))
while :; do
  attempts=$((attempts + 1))
  orca_probe
  if [[ $probe_status == healthy ]] || (($(date +%s) >= deadline)); then
    break
  fi
  sleep 2
done
ok=false
if [[ $probe_status == healthy ]] && ((restart_rc == 0)); then
  ok=true
fi
printf 'ORCA_FLEET_RESULT {"v":1,"document":"orca-restart","instanceId":%s,"ok":%s,"restartExitCode":%d,"attempts":%d,%s}\n' \
  "$(json_string "${AWS_SSM_INSTANCE_ID:-}")" "$ok" "$restart_rc" "$attempts" "$(probe_json_fields)"
[[ $ok == true ]]
