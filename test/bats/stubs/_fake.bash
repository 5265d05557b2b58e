# Shared by the stubs: the fake server's state lives in $ORCA_FAKE (see ../README.md); every call is recorded.
: "${ORCA_FAKE:?ORCA_FAKE must name the folder of the fake server}"
printf '%s %s\n' "${0##*/}" "$*" >>"$ORCA_FAKE/calls.log"

# "1:5.2.1-2" -> "5.2.1"
release_of_package() {
  local v=${1#*:}
  printf '%s' "${v%%-*}"
}

# "5.2.1" + build 2 -> "050201-2", ORCA's Jma_Receipt_Version.
jma_version() {
  local IFS=.
  # shellcheck disable=SC2086
  set -- $1 "$2"
  printf '%02d%02d%02d-%s' "$1" "$2" "$3" "$4"
}

# A failure planned by the test: the file's content is the exit status to return.
planned_failure() {
  [[ -f $ORCA_FAKE/fail/$1 ]] && return "$(cat "$ORCA_FAKE/fail/$1")"
  return 0
}
