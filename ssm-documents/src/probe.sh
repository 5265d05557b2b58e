# The liveness probe shared by the toolkit's documents: POST ORCA's systeminfv2 with Japan time, classify the
# answer (the statuses of actions/lib/core/result-line.ts) and print the result line's probe fields.
# Needs: orca_url, tls_dir, netrc_file, probe_timeout. Leaves the answer, on one line, in probe_flat.

# A JSON string, or null for an empty value. ORCA's messages are plain text; control characters are dropped.
json_string() {
  local s=$1
  if [[ -z $s ]]; then
    printf 'null'
    return
  fi
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  s=$(printf '%s' "$s" | tr -d '\000-\037')
  printf '"%s"' "$s"
}

# The text of the first <TAG ...>text</TAG> in stdin, trimmed. Bash alone: a loaded server forks slowly.
xml_value() {
  local text value re="<$1( [^>]*)?>([^<]*)</$1>"
  IFS= read -r -d '' text
  [[ $text =~ $re ]] || return 0
  value=${BASH_REMATCH[2]}
  value=${value#"${value%%[![:space:]]*}"}
  printf '%s' "${value%"${value##*[![:space:]]}"}"
}

# "050200-1" -> "5.2.0"
release_of() {
  if [[ $1 =~ ^([0-9]{2})([0-9]{2})([0-9]{2}) ]]; then
    printf '%d.%d.%d' "$((10#${BASH_REMATCH[1]}))" "$((10#${BASH_REMATCH[2]}))" "$((10#${BASH_REMATCH[3]}))"
  fi
}

orca_probe() {
  local answer database now_jst started rc
  local -a args
  probe_http='' probe_api_result='' probe_message='' probe_jma_version='' probe_version=''
  probe_db_local='' probe_db_new='' probe_flat=''
  answer=$(mktemp)
  probe_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  now_jst=$(TZ=Asia/Tokyo date '+%Y-%m-%d %H:%M:%S')
  args=(--silent --show-error --max-time "$probe_timeout" --request POST
    --header 'Content-Type: application/xml; charset=UTF-8'
    --data-binary "<data><private_objects type=\"record\"><Request_Date type=\"string\">${now_jst% *}</Request_Date><Request_Time type=\"string\">${now_jst#* }</Request_Time></private_objects></data>"
    --output "$answer" --write-out '%{http_code}')
  # Port 8000 serves HTTPS with client-certificate authentication (3省2ガイドライン); TLS 1.2 at least.
  if [[ $orca_url == https://* ]]; then
    args+=(--tlsv1.2 --cert "$tls_dir/client.crt" --key "$tls_dir/client.key" --cacert "$tls_dir/ca.crt")
  fi
  # The API operator's password stays in a root-only netrc file on the instance, never in parameters or logs.
  if [[ -r $netrc_file ]]; then
    args+=(--netrc-file "$netrc_file")
  fi
  started=$(date +%s%3N)
  probe_http=$(curl "${args[@]}" "$orca_url/api/api01rv2/systeminfv2")
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
