# The probe's fields of a result line (orca-healthcheck v2, orca-restart v1), from orca_probe's variables.
probe_json_fields() {
  printf '"status":"%s","httpStatus":%s,"apiResult":%s,"apiResultMessage":%s,"jmaReceiptVersion":%s,"version":%s,"databaseLocalVersion":%s,"databaseNewVersion":%s,"elapsedMs":%d,"at":"%s"' \
    "$probe_status" "${probe_http:-null}" "$(json_string "$probe_api_result")" "$(json_string "$probe_message")" \
    "$(json_string "$probe_jma_version")" "$(json_string "$probe_version")" "$(json_string "$probe_db_local")" \
    "$(json_string "$probe_db_new")" "$probe_elapsed_ms" "$probe_at"
}
