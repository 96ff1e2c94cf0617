#!/usr/bin/env bash
# The test suite inside the official odoo:19.0 image (`docker compose run --rm
# tests`): Odoo and its requirements come with the image; this adds Chromium
# for the tours and the project's test tools, then runs tools/test.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
work="$(mktemp -d)"
venv="$work/venv"
python3 -m venv --system-site-packages "$venv"
"$venv/bin/pip" install -q -r "$ROOT/requirements-dev.txt"
odoo_root="$(python3 -c 'import odoo, os; print(os.path.dirname(os.path.dirname(odoo.__file__)))')"
# the image ships Odoo as a Python package and its launcher as `odoo`: give
# tools/test.sh the ODOO_SRC layout it expects (odoo-bin, addons/)
mkdir -p "$work/odoo-src"
ln -sf "$(command -v odoo)" "$work/odoo-src/odoo-bin"
ln -sfn "$odoo_root/odoo/addons" "$work/odoo-src/addons"
touch "$venv/.task-oversight-skip-install"
# PGHOST, PGUSER and PGPASSWORD (compose file) reach both psql and Odoo
exec env VENV="$venv" ODOO_SRC="$work/odoo-src" "$ROOT/tools/test.sh"
