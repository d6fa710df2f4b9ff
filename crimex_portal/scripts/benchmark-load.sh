#!/usr/bin/env bash
# The load benchmark (README, "Load benchmark"): the portal as deployed (DEBUG off, gunicorn,
# PostgreSQL, Redis) with a large invented dataset, each main page driven by wrk as a logged-in
# member, beside a bare Django view of the same server. Not a test: it prints figures.
#
#   bash crimex_portal/scripts/benchmark-load.sh [--short] [--duration S] [--connections N]
#                                                [--workers N] [--threads N] [--json PATH]
#
# DATABASE_URL and REDIS_URL are used when set. By default: a database of its own,
# crimex_benchmark on 127.0.0.1 (created when missing, kept between runs), and Redis database 3.
set -euo pipefail
cd "$(dirname "$0")/../.."

default_database=postgres://postgres@127.0.0.1:5432/crimex_benchmark
export DATABASE_URL=${DATABASE_URL:-$default_database}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/3}
export DJANGO_DEBUG=False
export DJANGO_SECRET_KEY=${DJANGO_SECRET_KEY:-benchmark-$(head -c 48 /dev/urandom | base64 | tr -d '/+=')}
export DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost
export DJANGO_LOG_LEVEL=${DJANGO_LOG_LEVEL:-WARNING}
# The seeds' demo directory and fiches, as a local trial shows them; the dataset adds its own.
export CRIMEX_DEMO_CONTENT=True
# Hashed static files, as the production image collects them; thrown away afterwards.
DJANGO_STATIC_ROOT=$(mktemp -d /tmp/crimex-benchmark-static.XXXXXX)
export DJANGO_STATIC_ROOT
trap 'rm -rf "$DJANGO_STATIC_ROOT"' EXIT

python=.venv/bin/python
[ -x "$python" ] || bash crimex_portal/scripts/install.sh
if ! command -v wrk >/dev/null; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing wrk, the load tool"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
if [ "$DATABASE_URL" = "$default_database" ]; then
  "$python" - <<'PY'
import psycopg2

connection = psycopg2.connect(host="127.0.0.1", port=5432, user="postgres", dbname="postgres")
connection.autocommit = True
with connection.cursor() as cursor:
    cursor.execute("SELECT 1 FROM pg_database WHERE datname = 'crimex_benchmark'")
    if cursor.fetchone() is None:
        cursor.execute("CREATE DATABASE crimex_benchmark")
        print("Created the database crimex_benchmark.")
connection.close()
PY
fi

started=$(date +%s)
"$python" manage.py migrate --noinput --verbosity 0
"$python" manage.py load_seed_content | tail -n 1
"$python" manage.py collectstatic --noinput --verbosity 0
echo "Migrations, seed content and static files: $(( $(date +%s) - started )) s."
"$python" manage.py benchmark_load "$@"
