#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the test suite; prints "URL DATA_DIR".
# Used by scripts/test.sh when run as root on Debian (CI); needs the postgresql package.
# Stop it with: su postgres -s /bin/sh -c "$(ls -d /usr/lib/postgresql/*/bin | tail -1)/pg_ctl -D DATA_DIR stop"
set -euo pipefail
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
DATA=$(mktemp -d /tmp/motivdesk-pg.XXXXXX)
chown postgres "$DATA"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
su postgres -s /bin/sh -c "$BIN/initdb -D $DATA -A trust -U postgres >/dev/null"
su postgres -s /bin/sh -c "$BIN/pg_ctl -D $DATA -o '-k $DATA -p $PORT -c listen_addresses=' -l $DATA/log -w start >/dev/null"
su postgres -s /bin/sh -c "$BIN/createdb -h $DATA -p $PORT motivdesk_test"
echo "postgresql+psycopg://postgres@/motivdesk_test?host=$DATA&port=$PORT $DATA"
