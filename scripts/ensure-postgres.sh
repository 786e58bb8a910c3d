#!/usr/bin/env bash
# Prints a PostgreSQL URL for the API tests. Uses the server on 127.0.0.1:5432 when one answers;
# otherwise starts this machine's cluster, or installs PostgreSQL and starts a throwaway one with
# trust auth. Progress goes to stderr so that stdout is only the URL.
set -euo pipefail
URL="postgres://postgres@127.0.0.1:5432/postgres"
ready() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && psql "$URL" -qtAc 'select 1' >/dev/null 2>&1; }

if command -v pg_isready >/dev/null && ready; then echo "$URL"; exit 0; fi

if command -v pg_ctlcluster >/dev/null && ls /etc/postgresql/*/main >/dev/null 2>&1; then
  echo "starting the machine's PostgreSQL cluster" >&2
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start >&2 || true
  for _ in $(seq 1 30); do ready && { echo "$URL"; exit 0; }; sleep 1; done
fi

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "installing PostgreSQL" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
DIR=/tmp/qiantai-ci-pg
rm -rf "$DIR" && mkdir -p "$DIR" && chown postgres "$DIR"
su postgres -c "$BIN/initdb -D $DIR/data -A trust -U postgres" >&2
su postgres -c "$BIN/pg_ctl -D $DIR/data -l $DIR/log -o '-p 5432 -k $DIR -c listen_addresses=127.0.0.1' -w start" >&2
for _ in $(seq 1 30); do ready && { echo "$URL"; exit 0; }; sleep 1; done
echo "PostgreSQL did not come up" >&2
exit 1
