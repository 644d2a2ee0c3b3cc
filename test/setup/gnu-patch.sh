#!/usr/bin/env bash
# GNU patch for the tests that compare our fuzz rules with it: Debian's "patch" package, installed with
# apt-get when missing (needs root). Prints the version it found.
set -euo pipefail
if ! command -v patch >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "gnu-patch.sh: patch is missing and installing it needs root: apt-get install patch" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends patch >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq --no-install-recommends patch >/dev/null; }
fi
patch --version | head -1
