#!/usr/bin/env bash
# A throwaway Dovecot IMAP server on 127.0.0.1 for the IMAP tests and the IMAP benchmark.
#   dovecot.sh install                 install Debian's dovecot-imapd when it is missing (needs root)
#   dovecot.sh start DIR PORT          start an instance in DIR (created), user "test", password "test"
#   dovecot.sh stop DIR                stop that instance (its whole process group)
# With DOVECOT_TLS_CERT and DOVECOT_TLS_KEY set (PEM files), the port speaks IMAP over TLS (imaps) instead.
# Everything runs as one unprivileged user (nobody when started as root), without TLS and without a
# system service, so each DIR/PORT pair is independent and nothing outside DIR is touched.
set -euo pipefail

install_dovecot() {
  [ -x /usr/sbin/dovecot ] && return 0
  if [ "$(id -u)" != 0 ]; then echo "dovecot.sh: /usr/sbin/dovecot is missing and installing it needs root" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends dovecot-imapd >/dev/null 2>&1 \
    || { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends dovecot-imapd >/dev/null; }
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

write_config() { # DIR PORT USER GROUP
  local plain_port=$2 tls_port=0 ssl="ssl = no"
  if [ -n "${DOVECOT_TLS_CERT:-}" ]; then
    plain_port=0; tls_port=$2
    cp "$DOVECOT_TLS_CERT" "$1/tls-cert.pem"; cp "$DOVECOT_TLS_KEY" "$1/tls-key.pem"
    ssl="ssl = required
ssl_cert = <$1/tls-cert.pem
ssl_key = <$1/tls-key.pem"
  fi
  cat >"$1/dovecot.conf" <<CONF
protocols = imap
listen = 127.0.0.1
base_dir = $1/run
state_dir = $1/state
instance_name = mlreview-test-$2
log_path = $1/dovecot.log
default_login_user = $3
default_internal_user = $3
default_internal_group = $4
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = $plain_port
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $tls_port
  }
}
service anvil {
  chroot =
}
stats_writer_socket_path =
$ssl
disable_plaintext_auth = no
auth_mechanisms = plain login
# Tests check a wrong password; the default two-second penalty would only slow them down.
auth_failure_delay = 0
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $1/users
}
userdb {
  driver = static
  args = uid=$3 gid=$4 home=$1/mail/%u
}
mail_location = maildir:~/Maildir
first_valid_uid = 1
namespace inbox {
  inbox = yes
  separator = /
}
CONF
}

# A killed master leaves its pid file, and in a container without an init that reaps orphans its zombie
# still "exists": dovecot would refuse to start. Such a pid file is removed.
clear_stale_pid() { # DIR
  local pid state
  pid=$(cat "$1/run/master.pid" 2>/dev/null) || return 0
  state=$(awk '/^State:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
  if [ -z "$state" ] || [ "$state" = Z ]; then rm -f "$1/run/master.pid"; fi
}

start() { # DIR PORT
  local dir port user group runas=()
  dir=$(realpath -m "$1"); port=$2
  if port_open "$port"; then echo "dovecot.sh: port $port is already in use" >&2; exit 1; fi
  if [ "$(id -u)" = 0 ]; then user=nobody; group=nogroup; runas=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
  else user=$(id -un); group=$(id -gn); fi
  mkdir -p "$dir/run" "$dir/state" "$dir/mail/test/Maildir"
  clear_stale_pid "$dir"
  write_config "$dir" "$port" "$user" "$group"
  [ -f "$dir/users" ] || echo 'test:{PLAIN}test' >"$dir/users"
  [ "$(id -u)" != 0 ] || chown -R "$user:$group" "$dir"
  "${runas[@]}" /usr/sbin/dovecot -c "$dir/dovecot.conf"
  for _ in $(seq 200); do port_open "$port" && return 0; sleep 0.05; done
  echo "dovecot.sh: dovecot did not start listening on 127.0.0.1:$port" >&2; cat "$dir/dovecot.log" >&2 || true; exit 1
}

stop() { # DIR
  local dir pid
  dir=$(realpath -m "$1")
  pid=$(cat "$dir/run/master.pid" 2>/dev/null) || return 0
  kill -TERM -- "-$pid" 2>/dev/null || return 0
  for _ in $(seq 100); do [ -f "$dir/run/master.pid" ] || return 0; sleep 0.02; done
  kill -KILL -- "-$pid" 2>/dev/null || true; rm -f "$dir/run/master.pid"
}

case "${1:-}" in
  install) install_dovecot ;;
  start) install_dovecot; start "${2:?DIR}" "${3:?PORT}" ;;
  stop) stop "${2:?DIR}" ;;
  *) echo "usage: $0 install | start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
