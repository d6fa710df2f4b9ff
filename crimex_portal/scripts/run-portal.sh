#!/usr/bin/env bash
# The README's first command: install everything, prepare the embedded default (SQLite, tasks
# in-process), and serve the portal at http://127.0.0.1:8000 (CRIMEX_PORT changes the port).
set -euo pipefail
cd "$(dirname "$0")/../.."

bash crimex_portal/scripts/install.sh
bash crimex_portal/scripts/prepare.sh

port=${CRIMEX_PORT:-8000}
cat <<EOT

  CrimEx portal: http://127.0.0.1:${port}/
  Log in at:     http://127.0.0.1:${port}/en/accounts/login/
  Admin (PMT):   http://127.0.0.1:${port}/en/admin/
  The demo accounts are listed above. Stop the server with Ctrl+C.

EOT
exec .venv/bin/python manage.py runserver "127.0.0.1:${port}"
