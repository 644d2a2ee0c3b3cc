#!/usr/bin/env bash
# Debian's Chromium for the browser tests (driven by playwright-core; never a downloaded browser).
# Installs the chromium package when /usr/bin/chromium is missing (needs root); prints the binary's path.
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" != 0 ]; then echo "chromium.sh: /usr/bin/chromium is missing and installing it needs root" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 \
    || { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends chromium >/dev/null; }
fi
echo /usr/bin/chromium
