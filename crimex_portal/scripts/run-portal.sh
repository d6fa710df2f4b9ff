#!/usr/bin/env bash
# The README's first command: install everything, prepare the embedded default (SQLite, tasks
# in-process), and serve the portal at http://127.0.0.1:8000 (CRIMEX_PORT changes the port).
set -euo pipefail
cd "$(dirname "$0")/../.."

bash crimex_portal/scripts/install.sh
bash crimex_portal/scripts/prepare.sh

# The port also sets the portal's address in e-mail links (CRIMEX_SITE_URL follows it).
export CRIMEX_PORT=${CRIMEX_PORT:-8000}
port=$CRIMEX_PORT
# The demo accounts have no authenticator app: for this local demo only, members reach the
# restricted area without two-factor authentication. A deployment never sets this.
export CRIMEX_REQUIRE_2FA=${CRIMEX_REQUIRE_2FA:-False}
cat <<EOT

  CrimEx portal: http://127.0.0.1:${port}/
  Log in at:     http://127.0.0.1:${port}/en/accounts/login/
  Admin (PMT):   http://127.0.0.1:${port}/en/admin/
  The demo accounts are listed above. Stop the server with Ctrl+C.

EOT
if [ "$CRIMEX_REQUIRE_2FA" = "False" ]; then
  echo "  NOTE: two-factor authentication is switched OFF for this demo (CRIMEX_REQUIRE_2FA=False)."
  echo "        Deployments require it; run with CRIMEX_REQUIRE_2FA=True to try the enrolment."
  echo
fi
exec .venv/bin/python manage.py runserver "127.0.0.1:${port}"
