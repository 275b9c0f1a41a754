#!/usr/bin/env bash
# The PostgreSQL pass of CI: the suites that touch the CMS database run a second time on PostgreSQL.
#
#   source .ci/postgres.sh    starts the machine's PostgreSQL 15, creates the test role and its admin database
#                             (idempotent) and exports DATABASE_CLIENT=postgres and DATABASE_* for this shell;
#                             then e.g. `npm test -- --project cms` runs on PostgreSQL.
#   bash .ci/postgres.sh      the same, then runs the PostgreSQL pass itself (what .ci/run calls after `npm test`).
#
# scripts/src/lib/throwaway-database.ts (cms/test/setup/database.ts) creates a fresh database per run (kn_test_<random>) as this role, connected to
# DATABASE_ADMIN_DB, and drops it at the end; the role therefore needs CREATEDB and nothing more.
# Overridable: KN_PG_VERSION (15), KN_PG_CLUSTER (main), KN_PG_USER, KN_PG_PASSWORD, KN_PG_ADMIN_DB,
# KN_PG_PROJECTS (the vitest projects of the pass: "cms scripts"; search/ never opens the CMS database).

kn_pg_version="${KN_PG_VERSION:-15}"
kn_pg_cluster="${KN_PG_CLUSTER:-main}"
kn_pg_user="${KN_PG_USER:-kunskapsnavet_ci}"
# A CI-only password on a server that listens on localhost only; not a secret of any deployment.
kn_pg_password="${KN_PG_PASSWORD:-kunskapsnavet-ci-only}"
kn_pg_admin_db="${KN_PG_ADMIN_DB:-kunskapsnavet_ci}"

kn_pg_as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"
  elif command -v runuser >/dev/null && [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"
  else sudo -n -u postgres -- "$@"
  fi
}

kn_pg_setup() {
  local status port
  status=$(pg_lsclusters --no-header | awk -v v="$kn_pg_version" -v c="$kn_pg_cluster" '$1==v && $2==c {print $4}')
  if [ -z "$status" ]; then
    echo "postgres.sh: no PostgreSQL cluster $kn_pg_version/$kn_pg_cluster on this machine" >&2
    return 1
  fi
  if [ "$status" != online ]; then
    echo "==> starting PostgreSQL $kn_pg_version/$kn_pg_cluster"
    pg_ctlcluster "$kn_pg_version" "$kn_pg_cluster" start || return 1
  fi
  port=$(pg_lsclusters --no-header | awk -v v="$kn_pg_version" -v c="$kn_pg_cluster" '$1==v && $2==c {print $3}')
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 1
  done
  pg_isready -q -h 127.0.0.1 -p "$port" || { echo "postgres.sh: PostgreSQL is not accepting connections on port $port" >&2; return 1; }

  # Role: created once, password and CREATEDB re-asserted on every run (idempotent).
  kn_pg_as_postgres psql -q -v ON_ERROR_STOP=1 -p "$port" -d postgres \
    -v user="$kn_pg_user" -v password="$kn_pg_password" <<'SQL' || return 1
SELECT format('CREATE ROLE %I LOGIN', :'user') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN CREATEDB PASSWORD %L', :'user', :'password') \gexec
SELECT format('GRANT pg_signal_backend TO %I', :'user') \gexec
SQL
  # The database the test setup connects to when it creates and drops its per-run databases.
  kn_pg_as_postgres psql -q -v ON_ERROR_STOP=1 -p "$port" -d postgres \
    -v user="$kn_pg_user" -v db="$kn_pg_admin_db" <<'SQL' || return 1
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'user') WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL

  export DATABASE_CLIENT=postgres
  export DATABASE_HOST=127.0.0.1
  export DATABASE_PORT="$port"
  export DATABASE_USERNAME="$kn_pg_user"
  export DATABASE_PASSWORD="$kn_pg_password"
  export DATABASE_ADMIN_DB="$kn_pg_admin_db"
  export DATABASE_SSL=false
  echo "==> PostgreSQL $kn_pg_version ready on 127.0.0.1:$port (role $kn_pg_user, admin database $kn_pg_admin_db); DATABASE_CLIENT=postgres"
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  # Sourced: prepare and export, leave running the tests to the caller.
  kn_pg_setup
else
  set -euo pipefail
  cd "$(dirname "$0")/.."
  kn_pg_setup
  projects=()
  for project in ${KN_PG_PROJECTS:-cms scripts}; do projects+=(--project "$project"); done
  echo "==> npm test on PostgreSQL (${KN_PG_PROJECTS:-cms scripts})"
  t=$(date +%s)
  node scripts/src/test.ts "${projects[@]}"
  echo "==> PostgreSQL pass took $(( $(date +%s) - t )) s"
fi
