#!/usr/bin/env bash
# Regenerates the pinned dependencies from pyproject.toml: requirements.lock (the portal) and
# requirements-test.lock (the portal and the test tools), every version pinned, with the sha256
# of every file PyPI publishes for it. install.sh and the Docker image install from them with
# --require-hashes. Run it after changing pyproject.toml's dependencies, or to take newer
# releases; then run the tests and commit the lock files.
# Usage: bash crimex_portal/scripts/lock-requirements.sh [--upgrade-package NAME ...]
# Without arguments versions already locked are kept where pyproject.toml still allows them;
# --upgrade moves everything to the newest allowed release.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -x .venv/bin/python ]; then
  echo "Run crimex_portal/scripts/install.sh first: the lock tool goes into .venv" >&2
  exit 1
fi
# uv resolves and hashes; it is a tool of this script, not a dependency of the portal.
[ -x .venv/bin/uv ] || .venv/bin/python -m pip install --quiet "uv>=0.5"

# PyPI itself, whatever index or mirror pip is configured with here: the hashes are PyPI's.
# The lock holds markers for every platform (--universal), so the Docker image on another
# architecture installs from it too.
export UV_NATIVE_TLS=1  # the system's certificate store, as pip and curl use
options=(
  --no-config
  --index-url https://pypi.org/simple
  --generate-hashes
  --universal
  --python-version 3.11
  --quiet
  --custom-compile-command "bash crimex_portal/scripts/lock-requirements.sh"
)
.venv/bin/uv pip compile pyproject.toml "${options[@]}" "$@" -o requirements.lock
# The test lock starts from the portal's lock: both install the same versions of the portal's
# dependencies.
.venv/bin/uv pip compile pyproject.toml --extra test --constraint requirements.lock \
  "${options[@]}" "$@" -o requirements-test.lock
echo "requirements.lock and requirements-test.lock are up to date with pyproject.toml."
