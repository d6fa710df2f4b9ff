#!/usr/bin/env bash
# Installs what the portal needs on Debian: system packages, then a virtualenv in .venv.
# Usage: bash crimex_portal/scripts/install.sh [--for-tests]
# --for-tests adds what the test suite needs: Chromium for browser tests, poppler for PDFs, and
# axe-core (npm) for the accessibility checks.
set -euo pipefail
cd "$(dirname "$0")/../.."

for_tests=false
[ "${1:-}" = "--for-tests" ] && for_tests=true

python=${PYTHON:-python3}
# WeasyPrint needs Pango; Arabic needs Noto Naskh Arabic (fonts-noto-core); gettext compiles
# the translations.
packages=(python3-venv libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-core gettext)
if $for_tests; then
  packages+=(chromium poppler-utils)
  command -v npm >/dev/null || packages+=(nodejs npm)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
# python3-venv is only needed when the interpreter cannot make a virtualenv by itself.
if [[ " ${missing[*]} " == *" python3-venv "* ]] && "$python" -c "import ensurepip" 2>/dev/null; then
  missing=("${missing[@]/python3-venv/}")
  read -r -a missing <<< "${missing[*]}"
fi
if [ "${#missing[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "Please install these system packages first: ${missing[*]}" >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  echo "Creating the virtualenv in .venv"
  "$python" -m venv .venv
fi

# The pinned versions of requirements.lock (with the test tools: requirements-test.lock), each
# file checked against the sha256 the lock holds (crimex_portal/scripts/lock-requirements.sh
# makes both from pyproject.toml). Reinstall only when the lock file changes.
extras=""
lock=requirements.lock
$for_tests && extras="[test]" && lock=requirements-test.lock
stamp=".venv/.crimex-installed${extras}"
fingerprint=$(sha256sum "$lock" | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$fingerprint" ]; then
  echo "Installing Python packages from $lock"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet --require-hashes -r "$lock"
  echo "$fingerprint" > "$stamp"
fi

# The browser tests inject axe-core into pages; package-lock.json pins it. Reinstall only when
# the lock file changes.
if $for_tests && ! cmp -s package-lock.json node_modules/.crimex-installed-lock; then
  echo "Installing axe-core for the accessibility checks"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.crimex-installed-lock
fi
