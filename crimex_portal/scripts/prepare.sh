#!/usr/bin/env bash
# Prepares a local portal: migrate, compile messages, load the seed content and demo accounts.
set -euo pipefail
cd "$(dirname "$0")/../.."

manage=(.venv/bin/python manage.py)
"${manage[@]}" migrate --noinput
"${manage[@]}" compilemessages --ignore=.venv --verbosity 0
"${manage[@]}" load_seed_content
"${manage[@]}" create_demo_accounts
