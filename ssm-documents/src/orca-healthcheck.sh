# orca-healthcheck: one systeminfv2 probe and what the instance itself says (services, masters, the server
# certificate, the data volume), printed as one ORCA_FLEET_RESULT line (contract v2: healthcheckResultV2Schema in
# actions/lib/core/result-line.ts). Exit 0 only when healthy.
# Needs: probe.sh's variables, orca_conf (jma-receipt.conf, which names SERVER_CRT), data_dir (PostgreSQL's data).
orca_probe

# Masters behind rank after every status the probe gives: they matter only when ORCA is otherwise well.
masters=null masters_behind=0
if [[ -n $probe_flat ]]; then
  read_masters 40 1200
  if [[ $masters_found == true ]]; then
    [[ $masters_last_update =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || masters_last_update=''
    masters=$(printf '{"behind":%d,"names":%s,"lastUpdateDate":%s}' "$masters_behind" "$masters_names" \
      "$(json_string "$masters_last_update")")
  fi
fi
if [[ $probe_status == healthy ]] && ((masters_behind > 0)); then
  probe_status="masters-behind"
fi

orca_active=false postgresql_active=false
systemctl is-active --quiet jma-receipt-weborca && orca_active=true
systemctl is-active --quiet postgresql && postgresql_active=true

# The certificate file WebORCA serves (SERVER_CRT in its jma-receipt.conf): readable when ORCA is down, and no
# handshake needed. Whole days left, rounded down (negative once expired).
certificate_days=null certificate_file=''
if [[ -r $orca_conf ]]; then
  while IFS='=' read -r key value; do
    [[ ${key//[[:space:]]/} == SERVER_CRT ]] && certificate_file=${value//[[:space:]]/}
  done <"$orca_conf"
fi
if [[ -n $certificate_file ]] && not_after=$(openssl x509 -enddate -noout -in "$certificate_file" 2>/dev/null) &&
  expires=$(date -d "${not_after#notAfter=}" +%s 2>/dev/null); then
  left=$((expires - EPOCHSECONDS))
  if ((left >= 0)); then
    certificate_days=$((left / 86400))
  else
    certificate_days=$((-((86399 - left) / 86400)))
  fi
fi

# Free space where PostgreSQL keeps ORCA's data; the percentage in tenths, rounded half up.
disk=null size_mb='' free_mb=''
{
  read -r _
  read -r _ size_mb _ free_mb _
} < <(df -Pm "$data_dir" 2>/dev/null)
if [[ $size_mb =~ ^[0-9]+$ && $free_mb =~ ^[0-9]+$ ]] && ((size_mb > 0 && free_mb <= size_mb)); then
  tenths=$(((free_mb * 1000 + size_mb / 2) / size_mb))
  disk=$(printf '{"freeMb":%d,"freePercent":%d.%d}' "$free_mb" $((tenths / 10)) $((tenths % 10)))
fi

echo "instance: orca=$orca_active postgresql=$postgresql_active masters_behind=$masters_behind certificate_days=$certificate_days disk=$disk"
ok=false
if [[ $probe_status == healthy ]]; then
  ok=true
fi
printf 'ORCA_FLEET_RESULT {"v":2,"document":"orca-healthcheck","instanceId":%s,"ok":%s,%s,"services":{"orca":%s,"postgresql":%s},"serverTime":%s,"masters":%s,"certificateDaysLeft":%s,"disk":%s}\n' \
  "$(json_string "${AWS_SSM_INSTANCE_ID:-}")" "$ok" "$(probe_json_fields)" "$orca_active" "$postgresql_active" \
  "$(json_string "$probe_server_time")" "$masters" "$certificate_days" "$disk"
[[ $ok == true ]]
