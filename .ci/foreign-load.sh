#!/usr/bin/env bash
# Other work on the same PostgreSQL: a database of its own, bulk-loaded by write transactions
# that each stay open for SECONDS (default 20), back to back, until stopped (or for ROUNDS).
# Run it beside the suite to show that the platform does not wait for it:
#   bash .ci/foreign-load.sh & bash .ci/run; kill %1
set -euo pipefail
url="${FOREIGN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
db="foreign_load_$$"
seconds="${SECONDS_OPEN:-20}"
rounds="${ROUNDS:-1000}"
psql "$url" -qc "CREATE DATABASE ${db}"
trap 'psql "$url" -qc "DROP DATABASE IF EXISTS ${db} WITH (FORCE)" >/dev/null 2>&1 || true' EXIT
target="${url%/*}/${db}"
psql "$target" -qc "CREATE TABLE bulk (id bigserial PRIMARY KEY, payload text NOT NULL)"
for ((i = 1; i <= rounds; i++)); do
  psql "$target" -q <<SQL
BEGIN;
INSERT INTO bulk (payload) SELECT repeat(md5(g::text), 8) FROM generate_series(1, 20000) g;
SELECT pg_sleep(${seconds});
COMMIT;
SQL
done
