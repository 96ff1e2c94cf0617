#!/usr/bin/env bash
# Prepare everything `make run` and `make test` need: the Odoo 19 source
# tree and a virtualenv holding Odoo's requirements and the project's own.
# Idempotent: a second run only checks that everything is in place.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=tools/env.sh
source "$ROOT/tools/env.sh"

fetch_odoo() {
    if [[ -f "$ODOO_SRC/odoo-bin" ]]; then
        return
    fi
    echo "Odoo 19 source not found in $ODOO_SRC; downloading $ODOO_ARCHIVE_URL"
    local tmp
    tmp="$(mktemp -d)"
    if ! curl -fsSL --retry 2 -o "$tmp/odoo.tar.gz" "$ODOO_ARCHIVE_URL"; then
        rm -rf "$tmp"
        cat >&2 <<MSG
ERROR: could not download the Odoo 19.0 source archive from
  $ODOO_ARCHIVE_URL
Download and extract the official Odoo 19.0 source yourself, then either put it
in $ODOO_SRC (the folder must contain odoo-bin) or point ODOO_SRC at it:
  make test ODOO_SRC=/path/to/odoo-19.0
MSG
        exit 1
    fi
    mkdir -p "$ODOO_SRC"
    tar -xzf "$tmp/odoo.tar.gz" -C "$ODOO_SRC" --strip-components=1
    rm -rf "$tmp"
}

make_venv() {
    if [[ -f "$VENV/.task-oversight-skip-install" ]]; then
        return  # a virtualenv prepared by its owner (tools/docker_test.sh)
    fi
    local stamp="$VENV/.task-oversight-stamp"
    local want
    want="$(cat "$ODOO_SRC/requirements.txt" "$ROOT/requirements-dev.txt" | sha1sum | cut -c1-12)"
    if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
        return
    fi
    echo "Creating the virtualenv $VENV (Odoo requirements + project tools)"
    "${PYTHON:-python3}" -m venv "$VENV"
    local constraints
    constraints="$(mktemp)"
    # Some pinned Odoo requirements build from source with a setup.py that
    # still imports pkg_resources, removed from setuptools 81.
    echo "setuptools<81" > "$constraints"
    # pip >= 25.3 reads build constraints from PIP_BUILD_CONSTRAINT; older
    # releases apply PIP_CONSTRAINT to build environments too.
    export PIP_CONSTRAINT="$constraints" PIP_BUILD_CONSTRAINT="$constraints"
    "$VENV/bin/pip" install -q --upgrade pip wheel "setuptools<81"
    "$VENV/bin/pip" install -q \
        -r "$ODOO_SRC/requirements.txt" -r "$ROOT/requirements-dev.txt"
    rm -f "$constraints"
    echo "$want" > "$stamp"
}

fetch_odoo
make_venv
