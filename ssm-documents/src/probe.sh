# The liveness probe shared by the toolkit's documents: POST ORCA's systeminfv2 with Japan time, classify the
# answer (the statuses of actions/lib/core/result-line.ts) and print the result line's probe fields.
# Needs: orca_url, tls_dir, netrc_file, probe_timeout, and the file names of cloud-init/probe-credentials.env. Leaves
# the answer, on one line, in probe_flat.

# Sets REPLY to TEXT as a JSON string, or null for an empty value. ORCA's messages are plain text; control
# characters are dropped. Bash alone, no fork.
json_quote() { # json_quote TEXT
  local LC_ALL=C.UTF-8 s=$1
  if [[ -z $s ]]; then
    REPLY=null
    return
  fi
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//[$'\001'-$'\037']/}
  REPLY="\"$s\""
}

# The same, printed.
json_string() {
  json_quote "$1"
  printf '%s' "$REPLY"
}

# Sets REPLY to the text of the first <TAG ...>text</TAG> in TEXT, trimmed (empty when absent). Bash alone: a loaded
# server forks slowly.
xml_field() { # xml_field TAG TEXT
  local re="<$1( [^>]*)?>([^<]*)</$1>"
  REPLY=''
  [[ $2 =~ $re ]] || return 0
  REPLY=${BASH_REMATCH[2]}
  REPLY=${REPLY#"${REPLY%%[![:space:]]*}"}
  REPLY=${REPLY%"${REPLY##*[![:space:]]}"}
}

# The same for stdin, printed.
xml_value() {
  local text
  IFS= read -r -d '' text
  xml_field "$1" "$text"
  printf '%s' "$REPLY"
}

# The masters of the last answer's Master_Update_Information whose Local_Version differs from New_Version (their
# master update has not been run): masters_behind (how many), masters_names (a JSON array of at most MAX names of at
# most 60 characters, and at most BUDGET characters in all, so the result line fits SSM's 2,500), and
# masters_last_update (Last_Update_Date). masters_found is false when the answer carries no master information.
# shellcheck disable=SC2034 # globals: each document reads the ones it needs
read_masters() { # read_masters MAX BUDGET
  local LC_ALL=C.UTF-8 record name local_version listed=0 list='' open='<Master_Version_Information_child'
  local -a records
  masters_found=false masters_behind=0 masters_names='[]' masters_last_update=''
  [[ $probe_flat == *'<Master_Update_Information'* ]] || return 0
  masters_found=true
  xml_field Last_Update_Date "$probe_flat"
  masters_last_update=$REPLY
  # One record a line: the answer is already on one line.
  mapfile -t records <<<"${probe_flat//"$open"/$'\n'$open}"
  for record in "${records[@]:1}"; do
    xml_field Name "$record"
    name=$REPLY
    xml_field Local_Version "$record"
    local_version=$REPLY
    xml_field New_Version "$record"
    [[ $local_version == "$REPLY" ]] && continue
    masters_behind=$((masters_behind + 1))
    name=${name:0:60}
    [[ -n $name ]] || continue
    json_quote "$name"
    if ((listed < $1 && ${#list} + ${#REPLY} + 3 <= $2)); then
      list+=${list:+,}$REPLY
      listed=$((listed + 1))
    fi
  done
  masters_names="[$list]"
}

# "050200-1" -> "5.2.0"
release_of() {
  if [[ $1 =~ ^([0-9]{2})([0-9]{2})([0-9]{2}) ]]; then
    printf '%d.%d.%d' "$((10#${BASH_REMATCH[1]}))" "$((10#${BASH_REMATCH[2]}))" "$((10#${BASH_REMATCH[3]}))"
  fi
}

# shellcheck disable=SC2034 # globals: each document reads the ones it needs
orca_probe() {
  local answer database server_date now_jst started rc url=$orca_url name
  local -a args
  probe_http='' probe_api_result='' probe_message='' probe_jma_version='' probe_version=''
  probe_db_local='' probe_db_new='' probe_flat='' probe_server_time=''
  answer=$(mktemp)
  probe_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  now_jst=$(TZ=Asia/Tokyo date '+%Y-%m-%d %H:%M:%S')
  args=(--silent --show-error --max-time "$probe_timeout" --request POST
    --header 'Content-Type: application/xml; charset=UTF-8'
    --data-binary "<data><private_objects type=\"record\"><Request_Date type=\"string\">${now_jst% *}</Request_Date><Request_Time type=\"string\">${now_jst#* }</Request_Time></private_objects></data>"
    --output "$answer" --write-out '%{http_code}')
  # Port 8000 serves HTTPS with client-certificate authentication (3省2ガイドライン); TLS 1.2 at least.
  if [[ $url == https://* ]]; then
    args+=(--tlsv1.2 --cert "$tls_dir/$PROBE_CLIENT_CERT" --key "$tls_dir/$PROBE_CLIENT_KEY"
      --cacert "$tls_dir/$PROBE_CA_CERT")
    # The server certificate names the clinic (<clinic id>.<domain>), not localhost: ask for that name, so the
    # certificate is checked against it, and connect where the URL says.
    name=''
    [[ -r $tls_dir/$PROBE_SERVER_NAME ]] && read -r name <"$tls_dir/$PROBE_SERVER_NAME"
    if [[ $name =~ ^[A-Za-z0-9.-]+$ && $url =~ ^https://([^/:]+)(:([0-9]+))?(.*)$ ]]; then
      args+=(--connect-to "$name:${BASH_REMATCH[3]:-443}:${BASH_REMATCH[1]}:${BASH_REMATCH[3]:-443}")
      url="https://$name:${BASH_REMATCH[3]:-443}${BASH_REMATCH[4]}"
    fi
  fi
  # The API operator's password stays in a root-only netrc file on the instance, never in parameters or logs.
  if [[ -r $netrc_file ]]; then
    args+=(--netrc-file "$netrc_file")
  fi
  started=$(date +%s%3N)
  probe_http=$(curl "${args[@]}" "$url/api/api01rv2/systeminfv2")
  rc=$?
  probe_elapsed_ms=$(($(date +%s%3N) - started))
  if ((rc == 28)); then
    probe_status=timeout probe_http=''
  elif ((rc != 0)); then
    probe_status=unreachable probe_http=''
  elif [[ $probe_http != 200 ]]; then
    probe_status=http-error
  else
    probe_flat=$(tr -d '\r\n' <"$answer")
    probe_api_result=$(xml_value Api_Result <<<"$probe_flat")
    probe_message=$(xml_value Api_Result_Message <<<"$probe_flat")
    probe_jma_version=$(xml_value Jma_Receipt_Version <<<"$probe_flat")
    probe_version=$(release_of "$probe_jma_version")
    database=$(grep -oE '<Database_Information( [^>]*)?>.*</Database_Information>' <<<"$probe_flat")
    probe_db_local=$(xml_value Local_Version <<<"$database")
    probe_db_new=$(xml_value New_Version <<<"$database")
    # The server's clock as it answered, in Japan time (ORCA's own zone).
    xml_field Information_Date "$probe_flat"
    server_date=$REPLY
    xml_field Information_Time "$probe_flat"
    if [[ $server_date =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ && $REPLY =~ ^[0-9]{2}:[0-9]{2}:[0-9]{2}$ ]]; then
      probe_server_time="${server_date}T$REPLY+09:00"
    fi
    if [[ ! $probe_api_result =~ ^[0-9]{2,4}$ ]]; then
      probe_status=bad-answer probe_api_result=''
    elif [[ $probe_api_result == 0000 && $probe_db_local != "$probe_db_new" ]]; then
      probe_status=schema-mismatch
    elif [[ $probe_api_result == 0000 ]]; then
      probe_status=healthy
    elif [[ $probe_api_result == 0005 || $probe_api_result == 0006 ]]; then
      probe_status=clock-skew
    else
      probe_status=api-error
    fi
  fi
  rm -f "$answer"
  echo "systeminfv2: status=$probe_status http=${probe_http:-none} api_result=${probe_api_result:-none} version=${probe_version:-unknown} elapsed_ms=$probe_elapsed_ms"
}
