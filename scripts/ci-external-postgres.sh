#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL server from the machine's own
# packages (Debian's postgresql, the oldest installed version, 15 on bookworm):
# initdb in a temporary folder, pg_ctl on a free loopback port, as an
# unprivileged user when we are root; DATABASE_URL is set for the command and
# the server is stopped and removed afterwards, whatever happens.
set -euo pipefail
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | head -n 1)
[ -n "$bindir" ] || { echo "no PostgreSQL server binaries in /usr/lib/postgresql (apt-get install postgresql)" >&2; exit 1; }
dir=$(mktemp -d /tmp/haven-extpg-XXXXXX)
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
as=()
if [ "$(id -u)" = 0 ]; then
  user=postgres; id -u postgres >/dev/null 2>&1 || user=nobody
  chown "$user" "$dir"
  as=(runuser -u "$user" --)
fi
pwfile="$dir/pw"; echo "haven-ci-password" > "$pwfile"; [ ${#as[@]} -gt 0 ] && chown "$user" "$pwfile"
cleanup() {
  "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
"${as[@]}" "$bindir/initdb" -D "$dir/data" -U haven --pwfile="$pwfile" --auth=scram-sha-256 -E UTF8 --no-locale >/dev/null
"${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c max_connections=200" start >/dev/null
echo "external PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on port $port"
export DATABASE_URL="postgres://haven:haven-ci-password@127.0.0.1:$port/postgres"
"$@"
