#!/usr/bin/env bash
# A throw-away RabbitMQ broker on 127.0.0.1 for interop tests (Debian's rabbitmq-server, run as root,
# no systemd needed). Each `start` boots a fresh node in a new temporary state directory; `stop`
# shuts it down and deletes that directory. Nothing under /etc/rabbitmq, /var/lib/rabbitmq or
# /var/log/rabbitmq is read or written.
#
#   bash scripts/rabbitmq.sh install      apt-get install rabbitmq-server if it is missing
#   bash scripts/rabbitmq.sh start        boot the broker, return once it accepts connections
#   bash scripts/rabbitmq.sh env          print shell assignments for the running broker
#                                         (RMQ_DIR, RMQ_PORT, AMQP_URL, ...): eval "$(... env)"
#   bash scripts/rabbitmq.sh ctl ARGS...  run rabbitmqctl against the broker (about 1 s per call)
#   bash scripts/rabbitmq.sh stop         graceful shutdown, then remove the state directory
#
# Settings (environment, all optional):
#   RMQ_PORT           AMQP port on 127.0.0.1 (default 5672); the Erlang distribution port is +20000
#   RMQ_TLS_PORT       AMQPS (TLS) port on 127.0.0.1 (default RMQ_PORT - 1, so 5671)
#   RMQ_NODE           Erlang node name (default rabbit@localhost; another name runs a second broker)
#   RMQ_START_TIMEOUT  seconds to wait for the port to open (default 90)
#   RMQ_EXTRA_CONF     extra rabbitmq.conf lines (newline-separated) appended to ours
#   RMQ_STATE_FILE     where `start` records the running broker (default /tmp/amqp-codegen-rabbitmq.env)
#   RMQ_KEEP_STATE=1   `stop` keeps the state directory (logs, mnesia) instead of deleting it
#
# The broker offers the SASL mechanisms PLAIN, AMQPLAIN and RABBIT-CR-DEMO; user guest/guest may
# connect because the listeners are on loopback. Besides plain AMQP it listens for AMQPS with a
# certificate for localhost and 127.0.0.1 signed by a throw-away CA made at each start (openssl);
# the state file names the CA (AMQPS_CA) so clients can verify the server.
set -euo pipefail

RMQ_BIN=/usr/lib/rabbitmq/bin     # the real scripts; /usr/sbin/rabbitmq* 'su' to the rabbitmq user
RMQ_NODE="${RMQ_NODE:-rabbit@localhost}"  # 'localhost' needs no host-name resolution
RMQ_PORT="${RMQ_PORT:-5672}"
RMQ_TLS_PORT="${RMQ_TLS_PORT:-$((RMQ_PORT - 1))}"
RMQ_START_TIMEOUT="${RMQ_START_TIMEOUT:-90}"
RMQ_STATE_FILE="${RMQ_STATE_FILE:-/tmp/amqp-codegen-rabbitmq.env}"
EPMD_PORT=4369

log() { printf '[rabbitmq.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# `kill -0` is not enough: nobody reaps our orphaned processes on machines whose PID 1 does not,
# and a zombie still answers kill -0. Look at the state letter in /proc instead.
proc_field() { # PID N -> field N (1-based, counted from the state letter = field 3) of /proc/PID/stat
  local stat rest
  local -a f
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  rest=${stat##*) }   # the command name may contain spaces and parentheses
  read -r -a f <<<"$rest"
  printf '%s' "${f[$(($2 - 3))]}"
}
alive() { # PID [STARTTIME]: running (not a zombie) and, if given, the same process we started
  local state
  [ -n "$1" ] || return 1
  state=$(proc_field "$1" 3) || return 1
  [ "$state" != Z ] && [ "$state" != X ] || return 1
  [ -z "${2:-}" ] || [ "$(proc_field "$1" 22)" = "$2" ]
}

# Environment shared by the server and the CLI. HOME matters to both: the Erlang cookie is
# $HOME/.erlang.cookie, created by the server at first boot.
set_env() {
  RMQ_ENV=(
    -u NOTIFY_SOCKET
    HOME="$RMQ_DIR"
    RABBITMQ_NODENAME="$RMQ_NODE"
    RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
    RABBITMQ_NODE_PORT="$RMQ_PORT"
    RABBITMQ_DIST_PORT="$((RMQ_PORT + 20000))"
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
    ERL_EPMD_ADDRESS=127.0.0.1
    RABBITMQ_CONFIG_FILE="$RMQ_DIR/rabbitmq.conf"
    RABBITMQ_CONF_ENV_FILE=/dev/null
    RABBITMQ_MNESIA_BASE="$RMQ_DIR/mnesia"
    RABBITMQ_LOG_BASE="$RMQ_DIR/log"
    RABBITMQ_PID_FILE="$RMQ_DIR/rabbit.pid"
    RABBITMQ_ENABLED_PLUGINS_FILE="$RMQ_DIR/enabled_plugins"
    ERL_CRASH_DUMP="$RMQ_DIR/erl_crash.dump"
  )
}

load_state() {
  [ -f "$RMQ_STATE_FILE" ] || return 1
  # shellcheck disable=SC1090
  . "$RMQ_STATE_FILE"
  set_env
}

write_state() {
  {
    printf 'RMQ_DIR=%q\n' "$RMQ_DIR"
    printf 'RMQ_PORT=%q\n' "$RMQ_PORT"
    printf 'RMQ_NODE=%q\n' "$RMQ_NODE"
    printf 'RMQ_WRAPPER_PID=%q\n' "$RMQ_WRAPPER_PID"
    printf 'RMQ_WRAPPER_START=%q\n' "$RMQ_WRAPPER_START"
    printf 'RMQ_BEAM_PID=%q\n' "${RMQ_BEAM_PID:-}"
    printf 'RMQ_EPMD_OURS=%q\n' "$RMQ_EPMD_OURS"
    printf 'RMQ_TLS_PORT=%q\n' "$RMQ_TLS_PORT"
    printf 'AMQP_URL=%q\n' "amqp://guest:guest@127.0.0.1:$RMQ_PORT"
    # The certificate names localhost (and 127.0.0.1): the URL uses the name, which TLS checks.
    printf 'AMQPS_URL=%q\n' "amqps://guest:guest@localhost:$RMQ_TLS_PORT"
    printf 'AMQPS_CA=%q\n' "$RMQ_DIR/tls/ca.pem"
  } >"$RMQ_STATE_FILE.tmp"
  mv "$RMQ_STATE_FILE.tmp" "$RMQ_STATE_FILE"
}

find_epmd() {
  command -v epmd 2>/dev/null && return 0
  local e
  for e in /usr/lib/erlang/erts-*/bin/epmd; do [ -x "$e" ] && { printf '%s\n' "$e"; return 0; }; done
  return 1
}

show_logs() {
  # The cause is usually near the top (e.g. "BOOT FAILED" after a config error) and the crash
  # report at the bottom: show both ends of a long output.
  local out="$RMQ_DIR/server.out" n
  n=$(wc -l <"$out" 2>/dev/null || echo 0)
  if [ "$n" -le 70 ]; then
    log "---- $out ----"
    cat "$out" >&2 2>/dev/null || true
  else
    log "---- $out: first 30 and last 30 of $n lines ----"
    head -n 30 "$out" >&2
    log "...."
    tail -n 30 "$out" >&2
  fi
  log "---- errors in $RMQ_DIR/log/$RMQ_NODE.log ----"
  { grep -E '\[(error|critical)\]' "$RMQ_DIR/log/$RMQ_NODE.log" 2>/dev/null || true; } | tail -n 20 >&2
}

cmd_install() {
  local missing=()
  [ -x "$RMQ_BIN/rabbitmq-server" ] || missing+=(rabbitmq-server)
  command -v openssl >/dev/null || missing+=(openssl)   # makes the TLS listener's certificates
  if [ ${#missing[@]} = 0 ]; then
    log "rabbitmq-server and openssl are already installed"
    return 0
  fi
  [ "$(id -u)" = 0 ] || die "installing ${missing[*]} needs root (apt-get)"
  log "installing ${missing[*]} with apt-get"
  # Without systemd or a runlevel the package's postinst does not start a broker; the install still
  # succeeds. Try the package lists the image has first; refresh them only if that fails.
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -q "${missing[@]}" >/dev/null; then
    log "apt-get install failed; running apt-get update and trying again"
    apt-get update -q >/dev/null || die "apt-get update failed"
    apt-get install -y -q "${missing[@]}" >/dev/null || die "apt-get install ${missing[*]} failed"
  fi
  [ -x "$RMQ_BIN/rabbitmq-server" ] || die "installed, but $RMQ_BIN/rabbitmq-server is missing"
  log "installed $(dpkg-query -W -f='rabbitmq-server ${Version}' rabbitmq-server 2>/dev/null || echo rabbitmq-server)"
}

# A CA and a server certificate for localhost / 127.0.0.1 signed by it, in $RMQ_DIR/tls (made at each
# start, so no key outlives its broker).
make_tls() {
  command -v openssl >/dev/null || die "openssl is missing (run: bash $0 install)"
  local d="$RMQ_DIR/tls"
  mkdir -p "$d"
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=amqp-codegen test CA" \
    -keyout "$d/ca.key" -out "$d/ca.pem" 2>/dev/null || die "openssl could not make the test CA"
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$d/server.key" -out "$d/server.csr" \
    2>/dev/null || die "openssl could not make the server key"
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >"$d/san.ext"
  openssl x509 -req -in "$d/server.csr" -CA "$d/ca.pem" -CAkey "$d/ca.key" -CAcreateserial -days 2 \
    -extfile "$d/san.ext" -out "$d/server.pem" 2>/dev/null || die "openssl could not sign the server certificate"
}

# Stops the broker recorded in the state file (if any) and removes the state. Used by `stop` and
# by `start` when the boot fails or is interrupted.
stop_recorded() {
  local keep_dir="${1:-}" i
  load_state || return 0
  if [ -z "${RMQ_BEAM_PID:-}" ]; then RMQ_BEAM_PID=$(cat "$RMQ_DIR/rabbit.pid" 2>/dev/null || true); fi

  if alive "$RMQ_WRAPPER_PID" "$RMQ_WRAPPER_START"; then
    # The rabbitmq-server wrapper traps TERM and forwards it to beam.smp: a graceful shutdown.
    kill -TERM "$RMQ_WRAPPER_PID" 2>/dev/null || true
    for i in $(seq 1 150); do alive "$RMQ_WRAPPER_PID" "$RMQ_WRAPPER_START" || break; sleep 0.2; done
    if alive "$RMQ_WRAPPER_PID" "$RMQ_WRAPPER_START"; then
      log "broker still running 30 s after SIGTERM: sending SIGKILL"
      kill -KILL "$RMQ_WRAPPER_PID" 2>/dev/null || true
    fi
  fi
  # beam.smp may outlive a wrapper that was killed on its own.
  if [ -n "$RMQ_BEAM_PID" ] && alive "$RMQ_BEAM_PID" && grep -q beam "/proc/$RMQ_BEAM_PID/comm" 2>/dev/null; then
    kill -TERM "$RMQ_BEAM_PID" 2>/dev/null || true
    for i in $(seq 1 100); do alive "$RMQ_BEAM_PID" || break; sleep 0.2; done
    if alive "$RMQ_BEAM_PID"; then kill -KILL "$RMQ_BEAM_PID" 2>/dev/null || true; fi
  fi
  # beam starts epmd when none runs, and epmd outlives it. Stop it only if we caused it; epmd
  # refuses -kill while any node is still registered, so this cannot hurt another node.
  if [ "$RMQ_EPMD_OURS" = 1 ] && port_open "$EPMD_PORT"; then
    local epmd
    if epmd=$(find_epmd); then ERL_EPMD_ADDRESS=127.0.0.1 "$epmd" -kill >/dev/null 2>&1 || true; fi
  fi
  if port_open "$RMQ_PORT"; then log "WARNING: something still listens on 127.0.0.1:$RMQ_PORT"; fi

  rm -f "$RMQ_STATE_FILE"
  if [ -n "$keep_dir" ] || [ "${RMQ_KEEP_STATE:-}" = 1 ]; then
    log "state kept in $RMQ_DIR"
  else
    rm -rf -- "$RMQ_DIR"
  fi
}

cmd_stop() {
  if [ ! -f "$RMQ_STATE_FILE" ]; then
    log "no broker recorded in $RMQ_STATE_FILE; nothing to stop"
    return 0
  fi
  local t0=$EPOCHREALTIME
  stop_recorded
  log "broker stopped ($(elapsed "$t0") s)"
}

elapsed() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }

cmd_start() {
  [ -x "$RMQ_BIN/rabbitmq-server" ] || die "rabbitmq-server is not installed (run: bash $0 install)"
  if [ -f "$RMQ_STATE_FILE" ]; then
    if (load_state && alive "$RMQ_WRAPPER_PID" "$RMQ_WRAPPER_START"); then
      die "a broker started by this script is already running (see $RMQ_STATE_FILE); run: bash $0 stop"
    fi
    log "cleaning up after a broker that is no longer running"
    stop_recorded
  fi
  if port_open "$RMQ_PORT"; then
    die "something already listens on 127.0.0.1:$RMQ_PORT (see: ss -ltnp)"
  fi
  if port_open "$RMQ_TLS_PORT"; then
    die "something already listens on 127.0.0.1:$RMQ_TLS_PORT, the TLS port (set RMQ_TLS_PORT)"
  fi
  if port_open "$((RMQ_PORT + 20000))"; then
    die "the Erlang distribution port $((RMQ_PORT + 20000)) is taken (another $RMQ_NODE node?)"
  fi

  RMQ_DIR=$(mktemp -d -t amqp-codegen-rabbitmq.XXXXXX)
  set_env
  mkdir -p "$RMQ_DIR/log"
  make_tls
  # Our own config, so /etc/rabbitmq is never read. A fixed cluster_name makes connection.start's
  # server-properties the same on every machine (the default is rabbit@<hostname>).
  {
    printf '%s\n' \
      "cluster_name = $RMQ_NODE" \
      'auth_mechanisms.1 = PLAIN' \
      'auth_mechanisms.2 = AMQPLAIN' \
      'auth_mechanisms.3 = RABBIT-CR-DEMO' \
      "listeners.ssl.default = 127.0.0.1:$RMQ_TLS_PORT" \
      "ssl_options.cacertfile = $RMQ_DIR/tls/ca.pem" \
      "ssl_options.certfile = $RMQ_DIR/tls/server.pem" \
      "ssl_options.keyfile = $RMQ_DIR/tls/server.key" \
      'ssl_options.verify = verify_none' \
      'ssl_options.fail_if_no_peer_cert = false'
    if [ -n "${RMQ_EXTRA_CONF:-}" ]; then printf '%s\n' "$RMQ_EXTRA_CONF"; fi
  } >"$RMQ_DIR/rabbitmq.conf"
  RMQ_EPMD_OURS=1
  if port_open "$EPMD_PORT"; then RMQ_EPMD_OURS=0; fi

  local t0=$EPOCHREALTIME
  # Foreground server as a background job (not -detached, which discards boot errors), in its own
  # session so it outlives this script and the caller's process group. setsid does not fork here
  # (a background subshell is never a process-group leader), so $! is the wrapper's pid.
  (cd "$RMQ_DIR" && exec setsid env "${RMQ_ENV[@]}" "$RMQ_BIN/rabbitmq-server") \
    >"$RMQ_DIR/server.out" 2>&1 </dev/null &
  RMQ_WRAPPER_PID=$!
  RMQ_WRAPPER_START=""
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    RMQ_WRAPPER_START=$(proc_field "$RMQ_WRAPPER_PID" 22) && break
    sleep 0.05
  done
  RMQ_BEAM_PID=""
  write_state
  trap 'log "interrupted: stopping the broker"; stop_recorded; exit 130' INT TERM
  log "starting broker (wrapper pid $RMQ_WRAPPER_PID, state in $RMQ_DIR)"

  fail() {
    log "ERROR: $*"
    show_logs
    stop_recorded keep
    exit 1
  }
  # 1) A cheap poll for the AMQP port; notice at once if the server has died.
  until port_open "$RMQ_PORT"; do
    alive "$RMQ_WRAPPER_PID" "$RMQ_WRAPPER_START" || fail "rabbitmq-server exited during startup"
    if [ "$(elapsed "$t0" | cut -d. -f1)" -ge "$RMQ_START_TIMEOUT" ]; then
      fail "port $RMQ_PORT not open after ${RMQ_START_TIMEOUT} s"
    fi
    sleep 0.2
  done
  # 2) The definite answer (the port opens ~0.1 s before boot completes). ~1 s: the CLI's start-up.
  env "${RMQ_ENV[@]}" "$RMQ_BIN/rabbitmqctl" -q -n "$RMQ_NODE" await_startup --timeout 60 >/dev/null \
    || fail "rabbitmqctl await_startup failed"
  port_open "$RMQ_TLS_PORT" || fail "the TLS listener on port $RMQ_TLS_PORT is not open"
  RMQ_BEAM_PID=$(cat "$RMQ_DIR/rabbit.pid" 2>/dev/null || true)
  write_state
  trap - INT TERM
  log "broker ready on 127.0.0.1:$RMQ_PORT after $(elapsed "$t0") s (state file $RMQ_STATE_FILE)"
}

cmd_env() {
  [ -f "$RMQ_STATE_FILE" ] || die "no broker recorded in $RMQ_STATE_FILE (run: bash $0 start)"
  cat "$RMQ_STATE_FILE"
}

cmd_ctl() {
  load_state || die "no broker recorded in $RMQ_STATE_FILE (run: bash $0 start)"
  exec env "${RMQ_ENV[@]}" "$RMQ_BIN/rabbitmqctl" -n "$RMQ_NODE" "$@"
}

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2
  exit 2
}

case "${1:-}" in
  install) cmd_install ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  env) cmd_env ;;
  ctl) shift; cmd_ctl "$@" ;;
  *) usage ;;
esac
