#!/usr/bin/env bash
# The README's second command: the whole test suite. Set DATABASE_URL and REDIS_URL to run it
# against PostgreSQL and Redis with a real Celery worker (CI does); without them it uses SQLite.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash crimex_portal/scripts/install.sh --for-tests
.venv/bin/python manage.py compilemessages --ignore=.venv --verbosity 0
exec .venv/bin/python -m pytest "$@"
