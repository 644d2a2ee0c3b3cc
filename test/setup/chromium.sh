#!/usr/bin/env bash
# Debian's chromium for the browser tests (driven by playwright-core; no browser is ever downloaded).
# Installs the package with apt-get when /usr/bin/chromium is missing (as root), then prints its path.
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "chromium: /usr/bin/chromium is missing; install it as root: apt-get install chromium" >&2
    exit 1
  fi
  echo "chromium: installing Debian's chromium" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >&2
fi
echo /usr/bin/chromium
